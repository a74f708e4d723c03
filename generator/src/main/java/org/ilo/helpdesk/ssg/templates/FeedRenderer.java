package org.ilo.helpdesk.ssg.templates;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.ilo.helpdesk.ssg.frontmatter.PageKind;
import org.ilo.helpdesk.ssg.model.Page;
import org.ilo.helpdesk.ssg.model.SiteModel;
import org.ilo.helpdesk.ssg.taxonomies.IndexBuilder;

/** An Atom feed per language of its Q&A pages, newest change first. */
public final class FeedRenderer {

    public static final String FILE = "feed.xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final SiteModel model;
    private final ThemeStrings strings;

    public FeedRenderer(SiteModel model, ThemeStrings strings) {
        this.model = model;
        this.strings = strings;
    }

    public String feed(String language) {
        List<Page> entries = model.pages(language).stream()
                .filter(p -> p.kind() == PageKind.QA && !p.isFallbackCopy())
                .sorted(Comparator.comparing((Page p) -> IndexBuilder.lastChange(p).orElse(LocalDate.MIN)).reversed()
                        .thenComparing(Page::sourcePath))
                .toList();
        String base = model.config().siteOf(language).baseUrl() + model.languagePrefix(language);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
            text(xml, "title", model.config().title(language) + " — " + strings.get(language, "feedTitle"));
            text(xml, "id", base + FILE);
            link(xml, "self", base + FILE);
            link(xml, "alternate", base);
            text(xml, "updated", timestamp(entries.stream().map(p -> IndexBuilder.lastChange(p).orElse(LocalDate.EPOCH))
                    .max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH)));
            for (Page page : entries) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("entry");
                text(xml, "title", page.title());
                text(xml, "id", page.absoluteUrl());
                link(xml, "alternate", page.absoluteUrl());
                text(xml, "updated", timestamp(IndexBuilder.lastChange(page).orElse(LocalDate.EPOCH)));
                if (page.frontMatter().date().isPresent()) {
                    text(xml, "published", timestamp(page.frontMatter().date().get()));
                }
                text(xml, "summary", PageRenderer.description(page));
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write feed", e);
        }
        return out.toString();
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    private static void text(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
