package org.ilo.helpdesk.ssg.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a parsed body to HTML: headings get their ids, links and images their resolved targets,
 * and a link to a page in another language gets {@code hreflang} and a visible marker after it.
 */
public final class MarkdownRenderer {

    public String render(MarkdownDocument document, LinkResolver links) {
        return render(document, links, false);
    }

    /**
     * @param markSources whether to mark every element with the source line it came from
     *                    ({@link SourceMarks}), for checks that report problems at the Markdown line
     */
    public String render(MarkdownDocument document, LinkResolver links, boolean markSources) {
        MarkdownParser.Positions positions = new MarkdownParser.Positions(document.source());
        boolean questionsPage = !document.sections().isEmpty();
        AttributeProvider attributes = (Node node, String tagName, Map<String, String> attrs) -> {
            if (markSources && !node.getSourceSpans().isEmpty()) {
                attrs.put(SourceMarks.ATTRIBUTE, SourceMarks.value(positions.of(node)));
            }
            if (node instanceof Heading heading) {
                String id = document.headingIds().get(heading);
                if (id != null) {
                    attrs.put("id", id);
                }
                if (questionsPage && heading.getLevel() == 3) {
                    attrs.put("class", "question");
                }
            } else if (node instanceof Image image) {
                LinkResolver.ResolvedLink resolved = links.resolve(image.getDestination(), true, positions.of(image));
                attrs.put("src", resolved.href());
                attrs.putAll(resolved.attributes());
                attrs.put("loading", "lazy");
                if (attrs.getOrDefault("alt", "").isBlank()) {
                    // ![](file.png) is a missing description, not a decoration: leave it to the checker to
                    // report; a decorative image is written in HTML as <img src="…" alt="">
                    attrs.remove("alt");
                }
            }
        };
        HtmlRenderer.Builder builder = HtmlRenderer.builder()
                .extensions(MarkdownParser.EXTENSIONS)
                .attributeProviderFactory(context -> attributes)
                .nodeRendererFactory(context -> new LinkRenderer(context, links, positions));
        if (markSources) {
            builder.nodeRendererFactory(context -> new MarkedRawHtmlRenderer(context, positions));
        }
        HtmlRenderer renderer = builder.build();
        return renderer.render(document.root());
    }

    /** Writes raw HTML as the default renderer does, with a source mark on each start tag. */
    private static final class MarkedRawHtmlRenderer implements NodeRenderer {
        private final HtmlWriter html;
        private final MarkdownParser.Positions positions;

        MarkedRawHtmlRenderer(HtmlNodeRendererContext context, MarkdownParser.Positions positions) {
            this.html = context.getWriter();
            this.positions = positions;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HtmlBlock.class, HtmlInline.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof HtmlBlock block) {
                html.line();
                html.raw(SourceMarks.markRawHtml(block.getLiteral(), positions.of(block)));
                html.line();
            } else if (node instanceof HtmlInline inline) {
                html.raw(SourceMarks.markRawHtml(inline.getLiteral(), positions.of(inline)));
            }
        }
    }

    /** Writes {@code <a>} with the resolved href, then the language marker if the link needs one. */
    private static final class LinkRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final LinkResolver links;
        private final MarkdownParser.Positions positions;

        LinkRenderer(HtmlNodeRendererContext context, LinkResolver links, MarkdownParser.Positions positions) {
            this.context = context;
            this.html = context.getWriter();
            this.links = links;
            this.positions = positions;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class);
        }

        @Override
        public void render(Node node) {
            Link link = (Link) node;
            LinkResolver.ResolvedLink resolved = links.resolve(link.getDestination(), false, positions.of(link));
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("href", resolved.href());
            if (link.getTitle() != null) {
                attrs.put("title", link.getTitle());
            }
            attrs.putAll(resolved.attributes());
            html.tag("a", context.extendAttributes(link, "a", attrs));
            for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/a");
            if (!resolved.marker().isEmpty()) {
                html.text(" ");
                html.tag("span", Map.of("class", "language-marker"));
                html.text(resolved.marker());
                html.tag("/span");
            }
        }
    }
}
