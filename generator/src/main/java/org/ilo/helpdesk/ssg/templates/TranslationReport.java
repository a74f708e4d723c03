package org.ilo.helpdesk.ssg.templates;

import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.ilo.helpdesk.ssg.config.LanguageConfig;
import org.ilo.helpdesk.ssg.model.SiteModel;
import org.ilo.helpdesk.ssg.model.TranslationStatus;
import org.ilo.helpdesk.ssg.model.TranslationStatus.State;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The translation status of every language, for editors: counts, and the pages that are missing or
 * stale. Written as JSON for tools and as one HTML page for people, outside the published sites.
 */
public final class TranslationReport {

    private final SiteModel model;
    private final TranslationStatus status;

    public TranslationReport(SiteModel model, TranslationStatus status) {
        this.model = model;
        this.status = status;
    }

    private List<String> languages() {
        return model.config().languages().stream().map(LanguageConfig::code)
                .filter(code -> !code.equals(model.config().defaultLanguage())).toList();
    }

    public String json() {
        JsonObject root = new JsonObject();
        root.addProperty("sourceLanguage", model.config().defaultLanguage());
        JsonObject languages = new JsonObject();
        for (String language : languages()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("current", status.count(language, State.CURRENT));
            entry.addProperty("stale", status.count(language, State.STALE));
            entry.addProperty("missing", status.count(language, State.MISSING));
            entry.add("stalePages", pages(language, State.STALE));
            entry.add("missingPages", pages(language, State.MISSING));
            languages.add(language, entry);
        }
        root.add("languages", languages);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private JsonArray pages(String language, State state) {
        JsonArray pages = new JsonArray();
        for (TranslationStatus.Entry entry : status.entries(language)) {
            if (entry.state() != state) {
                continue;
            }
            JsonObject page = new JsonObject();
            page.addProperty("source", "content/" + entry.source().language() + "/" + entry.source().sourcePath());
            page.addProperty("title", entry.source().title());
            entry.source().frontMatter().updated().ifPresent(d -> page.addProperty("sourceUpdated", d.toString()));
            entry.translation().ifPresent(t -> page.addProperty("translation", "content/" + t.language() + "/" + t.sourcePath()));
            pages.add(page);
        }
        return pages;
    }

    public String html() {
        Document document = Document.createShell("");
        document.selectFirst("html").attr("lang", "en");
        document.head().appendElement("meta").attr("charset", "utf-8");
        document.head().appendElement("title").text("Translation status");
        Element main = document.body().appendElement("main");
        main.appendElement("h1").text("Translation status");
        main.appendElement("p").text("Source language: " + model.config().defaultLanguage()
                + ". A translation is stale when its source was updated after the version it translates.");
        Element table = main.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("Language", "Current", "Stale", "Missing")) {
            head.appendElement("th").attr("scope", "col").text(column);
        }
        Element body = table.appendElement("tbody");
        for (String language : languages()) {
            Element row = body.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(language);
            row.appendElement("td").text(Long.toString(status.count(language, State.CURRENT)));
            row.appendElement("td").text(Long.toString(status.count(language, State.STALE)));
            row.appendElement("td").text(Long.toString(status.count(language, State.MISSING)));
        }
        for (String language : languages()) {
            main.appendElement("h2").text(language);
            for (State state : List.of(State.STALE, State.MISSING)) {
                List<TranslationStatus.Entry> entries = status.entries(language).stream().filter(e -> e.state() == state).toList();
                main.appendElement("h3").text((state == State.STALE ? "Stale" : "Missing") + " (" + entries.size() + ")");
                Element list = main.appendElement("ul");
                for (TranslationStatus.Entry entry : entries) {
                    list.appendElement("li").text("content/" + entry.source().language() + "/" + entry.source().sourcePath()
                            + ": " + entry.source().title());
                }
            }
        }
        return document.outerHtml() + "\n";
    }
}
