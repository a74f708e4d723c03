package org.ilo.helpdesk.ssg.markdown;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.ilo.helpdesk.ssg.frontmatter.ParsedSource;

/**
 * Parses page bodies: CommonMark with GFM tables, autolinks, strikethrough and footnotes, heading
 * attributes ({@code {#id countries=CO,PE}}), typographic quotes of the page's language, and the
 * question structure of Q&A pages. Built once and shared: it holds no state of its own.
 */
public final class MarkdownParser {

    /** Marks text still in the source language in a scaffolded translation; each one is reported until removed. */
    public static final String TRANSLATE_MARKER = "<!-- translate -->";

    public static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            AutolinkExtension.create(), FootnotesExtension.create());

    private static final Pattern ATTRIBUTES = Pattern.compile("\\s*\\{([^{}]*)}\\s*$");
    private static final Pattern QUESTION_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern CITATION = Pattern.compile("[cpr]\\d{3}|mne|fprw");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    public MarkdownDocument parse(ParsedSource source, boolean questionsPage, Diagnostics diagnostics) {
        Node root = parser.parse(source.body());
        Positions positions = new Positions(source);
        Map<Heading, String> explicitIds = new IdentityHashMap<>();
        Map<Heading, List<String>> countries = new IdentityHashMap<>();
        readHeadingAttributes(root, positions, explicitIds, countries, diagnostics);
        applyTypography(root, Typography.forLanguage(source.source().language()));
        checkRawHtmlAndSchemes(root, positions, diagnostics);
        checkFootnoteLabels(root, positions, diagnostics);

        Map<Heading, String> ids = new IdentityHashMap<>();
        Set<String> used = new HashSet<>();
        List<Heading> headings = new ArrayList<>();
        collect(root, Heading.class, headings);
        for (Heading heading : headings) {
            String id = explicitIds.get(heading);
            if (id == null) {
                continue;
            }
            if (!used.add(id)) {
                String code = questionsPage && heading.getLevel() == 3 ? "qa.duplicate-id" : "markdown.duplicate-id";
                diagnostics.error(code, positions.of(heading), "id '" + id + "' is used twice in this page",
                        "give every question and heading its own id");
            }
            ids.put(heading, id);
        }
        List<HeadingEntry> entries = new ArrayList<>();
        for (Heading heading : headings) {
            String id = ids.computeIfAbsent(heading, h -> unique(slug(plainText(h)), used));
            entries.add(new HeadingEntry(heading.getLevel(), id, plainText(heading)));
        }
        List<SectionBlock> sections = questionsPage
                ? sections(root, ids, explicitIds, countries, positions, diagnostics)
                : List.of();
        Set<String> anchors = new LinkedHashSet<>(ids.values());
        return new MarkdownDocument(source, root, ids, entries, anchors, sections, firstParagraph(root));
    }

    private static void readHeadingAttributes(Node root, Positions positions, Map<Heading, String> explicitIds,
                                              Map<Heading, List<String>> countries, Diagnostics diagnostics) {
        List<Heading> headings = new ArrayList<>();
        collect(root, Heading.class, headings);
        for (Heading heading : headings) {
            if (!(heading.getLastChild() instanceof Text last)) {
                continue;
            }
            Matcher matcher = ATTRIBUTES.matcher(last.getLiteral());
            if (!matcher.find()) {
                continue;
            }
            last.setLiteral(last.getLiteral().substring(0, matcher.start()));
            SourcePosition position = positions.of(heading);
            for (String token : matcher.group(1).trim().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                if (token.startsWith("#")) {
                    String id = token.substring(1);
                    if (QUESTION_ID.matcher(id).matches()) {
                        explicitIds.put(heading, id);
                    } else {
                        diagnostics.error("markdown.invalid-id", position, "id '" + id + "' is not valid",
                                "use lower-case ASCII letters, digits and '-', such as {#living-wage}");
                    }
                } else if (token.startsWith("countries=")) {
                    List<String> codes = new ArrayList<>();
                    for (String code : token.substring("countries=".length()).split(",")) {
                        if (ISO2.matcher(code).matches() && ISO_COUNTRIES.contains(code)) {
                            codes.add(code);
                        } else {
                            diagnostics.error("markdown.invalid-country", position, "'" + code + "' is not an ISO 3166 country code",
                                    "use two upper-case letters, such as countries=CO,PE");
                        }
                    }
                    countries.put(heading, codes);
                } else {
                    diagnostics.error("markdown.invalid-attribute", position, "unknown heading attribute '" + token + "'",
                            "write {#question-id} or {#question-id countries=CO,PE}");
                }
            }
        }
    }

    private static List<SectionBlock> sections(Node root, Map<Heading, String> ids, Map<Heading, String> explicitIds,
                                               Map<Heading, List<String>> countries, Positions positions,
                                               Diagnostics diagnostics) {
        List<SectionBlock> sections = new ArrayList<>();
        boolean usesQuestionSyntax = false;
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            usesQuestionSyntax |= node instanceof Heading h && h.getLevel() == 3 && explicitIds.containsKey(h);
        }
        if (!usesQuestionSyntax) {
            // A page without any '### question {#id}' holds one question: its title, answered by its body.
            return sections;
        }
        String sectionTitle = "";
        String sectionId = "";
        List<QuestionBlock> questions = new ArrayList<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof Heading heading) || heading.getLevel() > 3) {
                continue;
            }
            if (heading.getLevel() == 2) {
                if (!questions.isEmpty() || !sectionTitle.isEmpty()) {
                    sections.add(new SectionBlock(sectionTitle, sectionId, questions));
                }
                sectionTitle = plainText(heading);
                sectionId = ids.get(heading);
                questions = new ArrayList<>();
            } else if (heading.getLevel() == 3) {
                String id = explicitIds.get(heading);
                if (id == null) {
                    diagnostics.error("qa.missing-id", positions.of(heading), "question has no id",
                            "end the heading with a stable id, such as '### " + plainText(heading) + " {#"
                                    + slug(plainText(heading)) + "}'");
                    continue;
                }
                StringBuilder answer = new StringBuilder();
                Set<String> citations = new LinkedHashSet<>();
                for (Node part = heading.getNext(); part != null && !(part instanceof Heading h && h.getLevel() <= 3); part = part.getNext()) {
                    if (part instanceof FootnoteDefinition) {
                        continue;
                    }
                    String text = plainText(part);
                    if (!text.isEmpty()) {
                        answer.append(answer.length() == 0 ? "" : "\n\n").append(text);
                    }
                    part.accept(new AbstractVisitor() {
                        @Override
                        public void visit(org.commonmark.node.CustomNode custom) {
                            if (custom instanceof FootnoteReference reference) {
                                Matcher code = CITATION.matcher(reference.getLabel().toLowerCase(Locale.ROOT));
                                if (code.lookingAt()) {
                                    citations.add(code.group().toUpperCase(Locale.ROOT));
                                }
                            }
                            visitChildren(custom);
                        }
                    });
                }
                questions.add(new QuestionBlock(id, plainText(heading), countries.getOrDefault(heading, List.of()),
                        positions.of(heading), answer.toString(), List.copyOf(citations)));
            } else if (heading.getLevel() == 1) {
                diagnostics.error("qa.heading-level", positions.of(heading), "a Q&A page has no level-1 heading in its body",
                        "the title is the page's heading: use '##' for sections and '###' for questions");
            }
        }
        if (!questions.isEmpty() || !sectionTitle.isEmpty()) {
            sections.add(new SectionBlock(sectionTitle, sectionId, questions));
        }
        return sections;
    }

    private static void applyTypography(Node root, Typography typography) {
        root.accept(new AbstractVisitor() {
            private char previous;

            @Override
            public void visit(Text text) {
                String literal = text.getLiteral();
                text.setLiteral(typography.apply(literal, previous));
                if (!literal.isEmpty()) {
                    previous = literal.charAt(literal.length() - 1);
                }
            }

            @Override
            public void visit(Code code) {
                previous = 'x';
            }

            @Override
            public void visit(Paragraph paragraph) {
                previous = 0;
                visitChildren(paragraph);
            }

            @Override
            public void visit(Heading heading) {
                previous = 0;
                visitChildren(heading);
            }
        });
    }

    private static void checkRawHtmlAndSchemes(Node root, Positions positions, Diagnostics diagnostics) {
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                if (block.getLiteral().strip().equals(TRANSLATE_MARKER)) {
                    diagnostics.warning("translation.todo", positions.of(block), "the text below is not translated yet",
                            "translate the block that follows, then delete the line " + TRANSLATE_MARKER);
                    return;
                }
                RawHtmlGuard.check(block.getLiteral(), positions.of(block), diagnostics);
            }

            @Override
            public void visit(HtmlInline inline) {
                RawHtmlGuard.check(inline.getLiteral(), positions.of(inline), diagnostics);
            }

            @Override
            public void visit(Link link) {
                if (RawHtmlGuard.isUnsafeUrl(link.getDestination())) {
                    diagnostics.error("markdown.unsafe-link", positions.of(link), "links may not use a script or data URL",
                            "link to a page or an https: address");
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (RawHtmlGuard.isUnsafeUrl(image.getDestination())) {
                    diagnostics.error("markdown.unsafe-link", positions.of(image), "images may not use a script or data URL",
                            "put the image file next to the page and link to it");
                }
                visitChildren(image);
            }
        });
    }

    /**
     * A footnote cited n times gets the ids {@code fnref-label}, {@code fnref-label-2} … {@code -n}; a
     * second footnote named {@code label-2} would then give two elements the same id.
     */
    private static void checkFootnoteLabels(Node root, Positions positions, Diagnostics diagnostics) {
        Map<String, Integer> uses = new java.util.LinkedHashMap<>();
        Map<String, FootnoteReference> first = new java.util.LinkedHashMap<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomNode custom) {
                if (custom instanceof FootnoteReference reference) {
                    uses.merge(reference.getLabel(), 1, Integer::sum);
                    first.putIfAbsent(reference.getLabel(), reference);
                }
                visitChildren(custom);
            }
        });
        uses.forEach((label, count) -> {
            for (int n = 2; n <= count; n++) {
                FootnoteReference clash = first.get(label + "-" + n);
                if (clash != null) {
                    diagnostics.error("markdown.footnote-label", positions.of(clash), "footnote label '" + label + "-" + n
                            + "' clashes with the " + n + "th citation of '" + label + "'",
                            "rename the footnote, for example to '" + label + "p" + n + "'");
                }
            }
        });
    }

    private static String firstParagraph(Node root) {
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph) {
                String text = plainText(paragraph).strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    /** The text of a node without markup, as a reader would see it. */
    public static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak softLineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                if (!node.getClass().getSimpleName().equals("FootnoteReference")) {
                    visitChildren(node);
                }
            }
        });
        return WHITESPACE.matcher(out.toString().strip()).replaceAll(" ");
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

    /** A readable id from heading text: lower case, letters and digits of any script kept. */
    static String slug(String text) {
        String normalized = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGE_DASHES.matcher(NOT_LETTERS.matcher(normalized).replaceAll("-")).replaceAll("");
        if (slug.length() > 60) {
            slug = TRAILING_DASHES.matcher(slug.substring(0, 60)).replaceAll("");
        }
        return slug.isEmpty() ? "section" : slug;
    }

    private static String unique(String base, Set<String> used) {
        String candidate = base;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> into) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (type.isInstance(child)) {
                into.add(type.cast(child));
            }
            collect(child, type, into);
        }
    }

    /** Maps a node's source span in the body to a line and column in the file. */
    record Positions(ParsedSource source) {
        SourcePosition of(Node node) {
            Optional<SourceSpan> span = node.getSourceSpans().stream().findFirst();
            int line = span.map(SourceSpan::getLineIndex).orElse(0);
            int column = span.map(SourceSpan::getColumnIndex).orElse(0);
            return new SourcePosition(source.source().path(), source.bodyLineOffset() + line + 1, column + 1);
        }
    }
}
