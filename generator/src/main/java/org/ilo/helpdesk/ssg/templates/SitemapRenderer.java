package org.ilo.helpdesk.ssg.templates;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.ilo.helpdesk.ssg.model.Page;
import org.ilo.helpdesk.ssg.model.SiteModel;
import org.ilo.helpdesk.ssg.taxonomies.IndexPage;
import org.ilo.helpdesk.ssg.taxonomies.Indexes;

/**
 * {@code sitemap.xml} and {@code robots.txt} of one site. Each URL lists its translations on every
 * site as {@code xhtml:link} alternates, so search engines connect the main site and the mirrors.
 * Fallback copies are left out: their canonical URL is the page they copy.
 */
public final class SitemapRenderer {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private final SiteModel model;
    private final Indexes indexes;

    public SitemapRenderer(SiteModel model, Indexes indexes) {
        this.model = model;
        this.indexes = indexes;
    }

    public String sitemap(SiteTarget site) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("xhtml", XHTML_NS);
            for (Page page : model.pages(site)) {
                if (!page.isFallbackCopy()) {
                    Map<String, String> versions = new LinkedHashMap<>();
                    model.translations(page).forEach(t -> versions.put(t.language(), t.absoluteUrl()));
                    url(xml, page.absoluteUrl(), page.frontMatter().updated().or(() -> page.frontMatter().date()), versions);
                }
            }
            for (IndexPage index : indexes.pages()) {
                if (index.site().name().equals(site.name()) && index.pageNumber() == 1) {
                    Map<String, String> versions = new LinkedHashMap<>();
                    indexes.translations(index, model.config()).forEach(t -> versions.put(t.language(), t.absoluteUrl()));
                    url(xml, index.absoluteUrl(), Optional.empty(), versions);
                }
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write sitemap", e);
        }
        return out.toString();
    }

    private void url(XMLStreamWriter xml, String loc, Optional<LocalDate> lastmod, Map<String, String> versions)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("url");
        element(xml, "loc", loc);
        if (lastmod.isPresent()) {
            element(xml, "lastmod", lastmod.get().toString());
        }
        for (Views.AlternateView alternate : Alternates.of(versions, model.config().defaultLanguage())) {
            alternate(xml, alternate.hreflang(), alternate.href());
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    public String robots(SiteTarget site) {
        return "User-agent: *\nAllow: /\n\nSitemap: " + site.baseUrl() + "sitemap.xml\n";
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void alternate(XMLStreamWriter xml, String hreflang, String href) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("xhtml", "link", XHTML_NS);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", href);
    }

}
