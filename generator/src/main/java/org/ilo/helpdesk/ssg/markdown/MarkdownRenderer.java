package org.ilo.helpdesk.ssg.markdown;

import java.util.Map;

import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/** Renders a parsed body to HTML, giving headings their ids and links their resolved targets. */
public final class MarkdownRenderer {

    public String render(MarkdownDocument document, LinkResolver links) {
        MarkdownParser.Positions positions = new MarkdownParser.Positions(document.source());
        boolean questionsPage = !document.sections().isEmpty();
        AttributeProvider attributes = (Node node, String tagName, Map<String, String> attrs) -> {
            if (node instanceof Heading heading) {
                String id = document.headingIds().get(heading);
                if (id != null) {
                    attrs.put("id", id);
                }
                if (questionsPage && heading.getLevel() == 3) {
                    attrs.put("class", "question");
                }
            } else if (node instanceof Link link && "a".equals(tagName)) {
                LinkResolver.ResolvedLink resolved = links.resolve(link.getDestination(), false, positions.of(link));
                attrs.put("href", resolved.href());
                attrs.putAll(resolved.attributes());
            } else if (node instanceof Image image) {
                LinkResolver.ResolvedLink resolved = links.resolve(image.getDestination(), true, positions.of(image));
                attrs.put("src", resolved.href());
                attrs.putAll(resolved.attributes());
                attrs.put("loading", "lazy");
            }
        };
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(MarkdownParser.EXTENSIONS)
                .attributeProviderFactory(context -> attributes)
                .build();
        return renderer.render(document.root());
    }
}
