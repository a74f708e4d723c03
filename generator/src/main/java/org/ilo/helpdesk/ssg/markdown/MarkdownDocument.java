package org.ilo.helpdesk.ssg.markdown;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.ilo.helpdesk.ssg.frontmatter.ParsedSource;

/**
 * The parsed body of one page. The syntax tree is owned by this stage: after parsing it is only
 * read, never changed.
 *
 * @param anchors  every id a link may point at inside the page (headings and questions)
 * @param sections the question groups of a Q&A page, empty for other pages
 */
public record MarkdownDocument(
        ParsedSource source,
        Node root,
        Map<Heading, String> headingIds,
        List<HeadingEntry> headings,
        Set<String> anchors,
        List<SectionBlock> sections,
        String firstParagraph) {

    public MarkdownDocument {
        headingIds = new IdentityHashMap<>(headingIds);
        headings = List.copyOf(headings);
        anchors = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(anchors));
        sections = List.copyOf(sections);
    }

    public List<QuestionBlock> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }
}
