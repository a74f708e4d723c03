package org.ilo.helpdesk.ssg.templates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.mustachejava.Mustache;
import org.ilo.helpdesk.ssg.config.LanguageConfig;
import org.ilo.helpdesk.ssg.config.SiteConfig;
import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.ilo.helpdesk.ssg.frontmatter.PageKind;
import org.ilo.helpdesk.ssg.markdown.QuestionBlock;
import org.ilo.helpdesk.ssg.markdown.SectionBlock;
import org.ilo.helpdesk.ssg.markdown.Typography;
import org.ilo.helpdesk.ssg.model.Page;
import org.ilo.helpdesk.ssg.model.Redirect;
import org.ilo.helpdesk.ssg.model.SiteModel;
import org.ilo.helpdesk.ssg.model.TranslationStatus;
import org.ilo.helpdesk.ssg.model.UrlPaths;
import org.ilo.helpdesk.ssg.taxonomies.Countries;
import org.ilo.helpdesk.ssg.taxonomies.CountryHub;
import org.ilo.helpdesk.ssg.taxonomies.IndexBuilder;
import org.ilo.helpdesk.ssg.taxonomies.IndexPage;
import org.ilo.helpdesk.ssg.taxonomies.Indexes;
import org.ilo.helpdesk.ssg.taxonomies.RelatedQuestions;
import org.ilo.helpdesk.ssg.templates.Views.AlternateView;
import org.ilo.helpdesk.ssg.templates.Views.ChromeView;
import org.ilo.helpdesk.ssg.templates.Views.EntryView;
import org.ilo.helpdesk.ssg.templates.Views.GroupView;
import org.ilo.helpdesk.ssg.templates.Views.HeadView;
import org.ilo.helpdesk.ssg.templates.Views.HubView;
import org.ilo.helpdesk.ssg.templates.Views.LanguageView;
import org.ilo.helpdesk.ssg.templates.Views.LinkView;
import org.ilo.helpdesk.ssg.templates.Views.MetaView;
import org.ilo.helpdesk.ssg.templates.Views.PageView;
import org.ilo.helpdesk.ssg.templates.Views.PaginationView;
import org.ilo.helpdesk.ssg.templates.Views.QuestionView;
import org.ilo.helpdesk.ssg.templates.Views.SectionView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Builds the view of each page from the model and renders it with its layout. */
public final class PageRenderer {

    /** Where the theme's stylesheet is written, relative to each site's root. */
    public static final String CSS_PATH = "assets/site.css";
    private static final int DESCRIPTION_LENGTH = 160;
    private static final int RELATED_QUESTIONS = 5;

    private final SiteModel model;
    private final Indexes indexes;
    private final TemplateEngine engine;
    private final ThemeStrings strings;
    private final TranslationStatus status;
    private final CountryHub hub;
    private final RelatedQuestions related;

    public PageRenderer(SiteModel model, Indexes indexes, TemplateEngine engine, ThemeStrings strings, TranslationStatus status,
                        CountryHub hub) {
        this.model = model;
        this.indexes = indexes;
        this.engine = engine;
        this.strings = strings;
        this.status = status;
        this.hub = hub;
        this.related = new RelatedQuestions(model);
    }

    /**
     * Where a page is being rendered: hrefs from it are relative within its site and absolute across
     * sites, or absolute everywhere for a page that a server shows at any address (the 404 page).
     */
    private record Here(String language, SiteTarget site, String urlPath, boolean absolute) {

        String href(SiteTarget targetSite, String targetPath) {
            if (absolute || !targetSite.name().equals(site.name())) {
                return targetSite.baseUrl() + targetPath;
            }
            return UrlPaths.relative(urlPath, targetPath);
        }

        String href(Page target) {
            return href(target.site(), target.urlPath());
        }
    }

    // ---- content pages -------------------------------------------------------------------------

    public String render(Mustache layout, Page page, String bodyHtml) {
        return engine.render(layout, view(page, bodyHtml));
    }

    PageView view(Page page, String bodyHtml) {
        SiteConfig config = model.config();
        String language = page.language();
        Here here = new Here(language, page.site(), page.urlPath(), false);
        Locale locale = language(language).locale();
        Optional<LocalDate> date = page.frontMatter().date();
        Optional<LocalDate> updated = page.frontMatter().updated();
        List<SectionView> sections = page.document().sections().stream()
                .map(s -> new SectionView(s.title(), s.id(), !s.title().isEmpty(),
                        s.questions().stream().map(q -> new QuestionView(q.id(), q.text())).toList()))
                .toList();
        Optional<TranslationStatus.Entry> stale = status.of(page).filter(e -> e.state() == TranslationStatus.State.STALE);
        List<LinkView> breadcrumbs = breadcrumbs(here, page);
        String canonical = page.isFallbackCopy()
                ? model.translation(page, config.defaultLanguage()).map(Page::absoluteUrl).orElse(page.absoluteUrl())
                : page.absoluteUrl();

        StructuredData data = new StructuredData().breadcrumbs(crumbs(here, breadcrumbs));
        if (page.kind() == PageKind.QA && !page.document().questions().isEmpty()) {
            data.faq(page.title(), page.absoluteUrl(), page.contentLanguage(), page.document().questions());
        }
        if (page.kind() == PageKind.HOME) {
            data.organizationAndWebSite(config.organization(), config.title(language),
                    page.site().baseUrl() + model.languagePrefix(language), language);
        }
        String title = Typography.forLanguage(page.contentLanguage()).apply(page.title());
        HeadView head = head(here, title, description(page), canonical, page.kind() == PageKind.HOME ? "website" : "article",
                page.isFallbackCopy() ? List.of() : alternates(model.translations(page)), false, data);

        List<LinkView> featured = page.kind() == PageKind.HOME ? featured(here) : List.of();
        List<LinkView> topics = page.kind() == PageKind.HOME ? topicLinks(here) : List.of();
        List<GroupView> groups = page.kind() == PageKind.TOPIC ? topicQuestions(here, page) : List.of();
        List<LinkView> related = page.kind() == PageKind.QA ? related(here, page) : List.of();
        String localized = withFootnoteLabels(bodyHtml, page.contentLanguage());
        String body = page.kind() == PageKind.QA
                ? withCountryLinks(here, withSectionPager(localized, page.document().sections(), language, page.contentLanguage()), page)
                : localized;
        HubView hubView = new HubView(List.of(), List.of(), List.of(), "",
                page.kind() == PageKind.HOME ? indexes.first("countries", language)
                        .map(i -> new LinkView(strings.get(language, "countriesIndex"), here.href(i.site(), i.urlPath()), false))
                        .orElse(null) : null,
                page.isFallbackCopy() ? List.of() : countryLinks(here, page.frontMatter().countries()));
        return new PageView(
                language, language(language).direction(), head,
                chrome(here, Optional.of(page), breadcrumbs, page.isFallbackCopy() ? List.of() : model.translations(page)),
                strings.of(language), title, body,
                page.kind() == PageKind.HOME, page.kind() == PageKind.QA, page.kind() == PageKind.TOPIC,
                page.kind() == PageKind.PAGE, false,
                page.isFallbackCopy() ? page.contentLanguage() : "",
                date.map(LocalDate::toString).orElse(""),
                date.map(d -> formatDate(d, locale)).orElse(""),
                updated.map(LocalDate::toString).orElse(""),
                updated.map(d -> formatDate(d, locale)).orElse(""),
                updated.isPresent(),
                sections,
                page.kind() == PageKind.QA && page.document().questions().size() > 1,
                page.isFallbackCopy() ? strings.format(language, "notTranslated", Map.of(
                        "target", ThemeStrings.languageName(language, language),
                        "language", ThemeStrings.languageName(page.contentLanguage(), language))) : "",
                stale.map(e -> strings.format(language, "staleNotice", Map.of(
                        "language", ThemeStrings.languageName(e.source().language(), language),
                        "date", IndexBuilder.lastChange(e.source()).map(d -> formatDate(d, locale)).orElse("")))).orElse(""),
                stale.map(e -> {
                    LinkView source = linkTo(here, e.source(), false);
                    return new LinkView(strings.get(language, "staleLink"), source.href(), false, "", source.hreflang(), source.marker());
                }).orElse(null),
                featured, !featured.isEmpty(), topics, !topics.isEmpty(), groups, !groups.isEmpty(), null,
                related, !related.isEmpty(), hubView);
    }

    // ---- generated indexes ---------------------------------------------------------------------

    public String renderIndex(Mustache layout, IndexPage index) {
        String language = index.language();
        Here here = new Here(language, index.site(), index.urlPath(), false);
        String name = strings.get(language, index.titleKey());
        String title = index.subject().isEmpty() ? name : index.subject();
        if (index.pageCount() > 1) {
            title = title + " (" + pageLabel(index) + ")";
        }
        List<LinkView> breadcrumbs = new ArrayList<>();
        breadcrumbs.add(new LinkView(strings.get(language, "home"), here.href(index.site(), model.languagePrefix(language)), false));
        if (index.key().startsWith("instruments/")) {
            indexes.first("instruments", language).ifPresent(parent -> breadcrumbs.add(
                    new LinkView(strings.get(language, "instrumentsIndex"), here.href(parent.site(), parent.urlPath()), false)));
        }
        boolean region = index.key().startsWith("countries/");
        if (region) {
            indexes.first("countries", language).ifPresent(parent -> breadcrumbs.add(
                    new LinkView(strings.get(language, "countriesIndex"), here.href(parent.site(), parent.urlPath()), false)));
        }
        breadcrumbs.add(new LinkView(title, "./", true));
        List<GroupView> groups = index.groups().stream().map(group -> new GroupView(group.title(),
                group.page().map(p -> linkTo(here, p, false)).orElse(null), !group.title().isEmpty(),
                group.entries().stream().map(entry -> entry(here, entry)).toList())).toList();
        List<IndexPage> translations = indexes.translations(index, model.config());
        String description = region ? strings.format(language, "countriesRegionDescription", Map.of("region", name))
                : index.subject().isEmpty() ? strings.get(language, index.titleKey() + "Description")
                : strings.format(language, "instrumentIndexDescription", Map.of("instrument", index.subject()));
        if (index.pageCount() > 1) {
            description = description + " (" + pageLabel(index) + ")";
        }
        HeadView head = head(here, title, description, index.absoluteUrl(), "website",
                alternateIndexes(translations), false,
                new StructuredData().breadcrumbs(crumbs(here, breadcrumbs)));
        PaginationView pagination = null;
        if (index.pageCount() > 1) {
            String first = index.firstPage();
            LinkView previous = index.pageNumber() > 1 ? new LinkView(strings.get(language, "previousPage"),
                    here.href(index.site(), index.pageNumber() == 2 ? first : first + "page/" + (index.pageNumber() - 1) + "/"), false) : null;
            LinkView next = index.pageNumber() < index.pageCount() ? new LinkView(strings.get(language, "nextPage"),
                    here.href(index.site(), first + "page/" + (index.pageNumber() + 1) + "/"), false) : null;
            pagination = new PaginationView(pageLabel(index), previous, next);
        }
        ChromeView chrome = chromeForIndex(here, breadcrumbs, translations);
        return engine.render(layout, new PageView(language, language(language).direction(), head, chrome, strings.of(language),
                title, "", false, false, false, false, true, "", "", "", "", "", false, List.of(), false, "", "", null,
                List.of(), false, List.of(), false, groups, !groups.isEmpty(), pagination, List.of(), false, HubView.NONE));
    }

    // ---- country hub ---------------------------------------------------------------------------

    /** The A to Z list of the hub, with links to the regions. */
    public String renderCountryIndex(Mustache layout, IndexPage index) {
        String language = index.language();
        Here here = new Here(language, index.site(), index.urlPath(), false);
        String title = strings.get(language, "countriesIndex");
        List<LinkView> breadcrumbs = List.of(
                new LinkView(strings.get(language, "home"), here.href(index.site(), model.languagePrefix(language)), false),
                new LinkView(title, "./", true));
        List<CountryHub.Entry> entries = hub.entries(language);
        List<GroupView> letters = new ArrayList<>();
        int n = 0;
        for (CountryHub.Letter letter : hub.letters(language, entries)) {
            letters.add(new GroupView(letter.label(), "letter-" + (++n), null, true,
                    letter.entries().stream().map(e -> countryEntry(here, e)).toList()));
        }
        List<LinkView> regions = new ArrayList<>();
        for (String region : Countries.REGIONS) {
            indexes.first("countries/" + region, language).ifPresent(page -> regions.add(
                    new LinkView(strings.get(language, "region." + region), here.href(page.site(), page.urlPath()), false)));
        }
        List<IndexPage> translations = indexes.translations(index, model.config());
        HeadView head = head(here, title, strings.get(language, "countriesIndexDescription"), index.absoluteUrl(), "website",
                alternateIndexes(translations), false,
                new StructuredData().breadcrumbs(crumbs(here, breadcrumbs)));
        return engine.render(layout, new PageView(language, language(language).direction(), head,
                chromeForIndex(here, breadcrumbs, translations), strings.of(language), title, "", false, false, false, false, true,
                "", "", "", "", "", false, List.of(), false, "", "", null, List.of(), false, List.of(), false, List.of(), false,
                null, List.of(), false, new HubView(letters, regions, List.of(), "", null, List.of())));
    }

    /** One country: its region, the ILO's databases about it, and the Helpdesk's questions that concern it. */
    public String renderCountry(Mustache layout, IndexPage index) {
        String language = index.language();
        String iso2 = index.key().substring("countries/".length());
        CountryHub.Entry entry = hub.entries(language).stream().filter(e -> e.country().iso2().equals(iso2)).findFirst().orElseThrow();
        Here here = new Here(language, index.site(), index.urlPath(), false);
        String name = entry.name();
        List<LinkView> breadcrumbs = new ArrayList<>();
        breadcrumbs.add(new LinkView(strings.get(language, "home"), here.href(index.site(), model.languagePrefix(language)), false));
        indexes.first("countries", language).ifPresent(i -> breadcrumbs.add(
                new LinkView(strings.get(language, "countriesIndex"), here.href(i.site(), i.urlPath()), false)));
        breadcrumbs.add(new LinkView(name, "./", true));
        String region = strings.get(language, "region." + entry.country().region());
        String facts = strings.format(language, "countryFacts", Map.of("region", region,
                "count", Integer.toString(entry.questions().size())));

        List<GroupView> databases = new ArrayList<>();
        for (var theme : model.config().countryLinks()) {
            List<EntryView> links = new ArrayList<>();
            for (var link : theme.links()) {
                Optional<String> own = link.in(language);
                String target = language.equals(model.config().defaultLanguage()) ? language : own.isPresent() ? language
                        : model.config().defaultLanguage();
                String url = own.orElse(link.url()).replace("{iso2}", iso2).replace("{iso3}", entry.country().iso3())
                        .replace("{lang}", target);
                boolean other = !target.equals(language);
                links.add(new EntryView(new LinkView(strings.get(language, "countryLink." + link.name()), url, false, "",
                        other ? target : "", other ? strings.marker(language, target) : ""),
                        strings.get(language, "countryLink." + link.name() + ".about")));
            }
            databases.add(new GroupView(strings.get(language, "countryTheme." + theme.theme()), "theme-" + theme.theme(), null, true,
                    links));
        }
        Map<Page, List<QuestionBlock>> byPage = new java.util.LinkedHashMap<>();
        entry.questions().forEach(t -> byPage.computeIfAbsent(t.page(), p -> new ArrayList<>()).add(t.question()));
        List<GroupView> questions = new ArrayList<>();
        byPage.forEach((page, list) -> {
            LinkView pageLink = linkTo(here, page, false);
            questions.add(new GroupView(pageLink.title(), pageLink, true, list.stream()
                    .map(q -> new EntryView(new LinkView(q.text(), pageLink.href() + "#" + q.id(), false), "")).toList()));
        });
        List<LinkView> pages = entry.pages().stream().filter(p -> !byPage.containsKey(p)).map(p -> linkTo(here, p, false)).toList();
        Set<String> topics = new java.util.TreeSet<>();
        entry.questions().forEach(t -> topics.addAll(t.page().frontMatter().topics()));
        entry.pages().forEach(p -> topics.addAll(p.frontMatter().topics()));
        List<LinkView> related = ownTopicPages(language).stream()
                .filter(p -> topics.contains(IndexBuilder.topicOf(p)))
                .sorted(Comparator.comparing(Page::title, collator(language)))
                .map(p -> linkTo(here, p, false)).toList();
        List<LinkView> tagged = new ArrayList<>(pages);
        List<IndexPage> translations = indexes.translations(index, model.config());
        HeadView head = head(here, name, strings.format(language, "countryPageDescription", Map.of("country", name)),
                index.absoluteUrl(), "website", alternateIndexes(translations), false,
                new StructuredData().breadcrumbs(crumbs(here, breadcrumbs)));
        return engine.render(layout, new PageView(language, language(language).direction(), head,
                chromeForIndex(here, breadcrumbs, translations), strings.of(language), name, "", false, false, false, false, true,
                "", "", "", "", "", false, List.of(), false, "", "", null, List.of(), false, related, !related.isEmpty(), questions,
                !questions.isEmpty(), null, tagged, !tagged.isEmpty(), new HubView(List.of(), List.of(), databases, facts, null,
                List.of())));
    }

    private EntryView countryEntry(Here here, CountryHub.Entry entry) {
        String path = IndexBuilder.countryPath(model.languagePrefix(here.language()), entry.country());
        int count = entry.questions().size();
        return new EntryView(new LinkView(entry.name(), here.href(here.site(), path), false),
                count == 0 ? "" : strings.format(here.language(), "questionCount", Map.of("count", Integer.toString(count))));
    }

    /** Links to the country pages of the given codes, in the page's language. */
    private List<LinkView> countryLinks(Here here, List<String> codes) {
        if (hub.isEmpty()) {
            return List.of();
        }
        String prefix = model.languagePrefix(here.language());
        return codes.stream().map(code -> hub.countries().find(code)).flatMap(Optional::stream)
                .map(c -> new LinkView(hub.countries().name(c.iso2(), here.language()),
                        here.href(here.site(), IndexBuilder.countryPath(prefix, c)), false))
                .toList();
    }

    /** Under each question that concerns countries, links to those countries' pages. */
    private String withCountryLinks(Here here, String bodyHtml, Page page) {
        if (hub.isEmpty() || page.isFallbackCopy() || page.document().questions().stream().allMatch(q -> q.countries().isEmpty())) {
            return bodyHtml;
        }
        Document document = Jsoup.parseBodyFragment(bodyHtml);
        document.outputSettings().prettyPrint(false);
        for (QuestionBlock question : page.document().questions()) {
            List<LinkView> countries = countryLinks(here, question.countries());
            Element heading = document.getElementById(question.id());
            if (countries.isEmpty() || heading == null) {
                continue;
            }
            Element line = new Element("p").addClass("question-countries");
            line.appendText(strings.get(here.language(), "countriesLabel") + " ");
            for (int i = 0; i < countries.size(); i++) {
                if (i > 0) {
                    line.appendText(", ");
                }
                line.appendElement("a").attr("href", countries.get(i).href()).text(countries.get(i).title());
            }
            heading.after(line);
        }
        return document.body().html();
    }

    private String pageLabel(IndexPage index) {
        return strings.format(index.language(), "pageOf", Map.of("page", Integer.toString(index.pageNumber()),
                "pages", Integer.toString(index.pageCount())));
    }

    private EntryView entry(Here here, IndexPage.Entry entry) {
        if (entry.page().isPresent()) {
            Page page = entry.page().get();
            LinkView link = linkTo(here, page, false);
            if (entry.question().isPresent()) {
                QuestionBlock question = entry.question().get();
                link = new LinkView(question.text(), link.href() + "#" + question.id(), false, link.lang(), link.hreflang(), link.marker());
            }
            String note = entry.note();
            if (note.matches("\\d{4}-\\d{2}-\\d{2}")) {
                note = formatDate(LocalDate.parse(note), language(here.language()).locale());
            } else if (note.matches("\\d+")) {
                note = strings.format(here.language(), "questionCount", Map.of("count", note));
            }
            return new EntryView(link, note);
        }
        String note = entry.note().matches("\\d+") ? strings.format(here.language(), "questionCount", Map.of("count", entry.note())) : entry.note();
        return new EntryView(new LinkView(entry.title(), here.href(here.site(), entry.indexPath()), false), note);
    }

    // ---- 404, language chooser, redirects ------------------------------------------------------

    /**
     * The page shown for a URL that leads nowhere. A server shows it at any address, so every link in
     * it is absolute.
     */
    public String renderNotFound(Mustache layout, String language) {
        SiteTarget site = model.config().siteOf(language);
        Here here = new Here(language, site, model.languagePrefix(language) + "404.html", true);
        String title = strings.get(language, "notFoundTitle");
        HeadView head = head(here, title, strings.get(language, "notFoundText"), "", "website", List.of(), true, new StructuredData());
        List<LinkView> topics = topicLinks(here);
        return engine.render(layout, new PageView(language, language(language).direction(), head,
                chromeForIndex(here, List.of(), List.of()), strings.of(language), title, "", false, false, false, true, false, "",
                "", "", "", "", false, List.of(), false, "", "", null, List.of(), false, topics, !topics.isEmpty(), List.of(), false,
                null, List.of(), false, HubView.NONE));
    }

    /** The root page of a multilingual site: one link per language, each in its own language. */
    public String renderLanguageChooser(Mustache layout, SiteTarget site) {
        SiteConfig config = model.config();
        List<LanguageView> languages = new ArrayList<>();
        for (String code : site.languages()) {
            languages.add(new LanguageView(code, language(code).name(), code + "/", false, config.title(code)));
        }
        String lead = site.hosts(config.defaultLanguage()) ? config.defaultLanguage() : site.languages().get(0);
        Here here = new Here(lead, site, "", false);
        String description = site.languages().stream().map(code -> config.title(code) + " " + config.tagline(code))
                .map(String::strip).distinct().reduce((a, b) -> a + " · " + b).orElse(config.title(lead));
        // No hreflang alternates here: the home page of each language carries the reciprocal set.
        HeadView head = head(here, config.title(lead), description, site.baseUrl(), "website", List.of(), false,
                new StructuredData().organizationAndWebSite(config.organization(), config.title(lead), site.baseUrl(), lead));
        return engine.render(layout, new Views.LanguageChooserView(lead, language(lead).direction(), head, config.title(lead),
                languages, strings.of(lead)));
    }

    public String renderRedirect(Mustache layout, Redirect redirect) {
        Page target = redirect.target();
        return engine.render(layout, new Views.RedirectView(target.language(), language(target.language()).direction(),
                target.title(), target.absoluteUrl(), strings.of(target.language())));
    }

    // ---- parts ---------------------------------------------------------------------------------

    private HeadView head(Here here, String title, String description, String canonical, String type,
                          List<AlternateView> alternates, boolean noindex, StructuredData data) {
        String language = here.language();
        List<MetaView> og = new ArrayList<>();
        og.add(new MetaView("og:type", type));
        og.add(new MetaView("og:title", title));
        og.add(new MetaView("og:description", description));
        if (!canonical.isEmpty()) {
            og.add(new MetaView("og:url", canonical));
        }
        og.add(new MetaView("og:site_name", model.config().title(language)));
        og.add(new MetaView("og:locale", ogLocale(language)));
        for (AlternateView alternate : alternates) {
            if (!alternate.hreflang().equals("x-default") && !alternate.hreflang().equals(language)) {
                og.add(new MetaView("og:locale:alternate", ogLocale(alternate.hreflang())));
            }
        }
        String feed = here.href(here.site(), model.languagePrefix(language) + FeedRenderer.FILE);
        return new HeadView(title + " | " + model.config().title(language), description, canonical,
                here.href(here.site(), CSS_PATH), noindex, alternates, og, data.isEmpty() ? "" : data.json(), feed,
                model.config().title(language) + " — " + strings.get(language, "feedTitle"));
    }

    private String ogLocale(String language) {
        Locale locale = language(language).locale();
        return locale.getCountry().isEmpty() ? locale.getLanguage() : locale.getLanguage() + "_" + locale.getCountry();
    }

    private ChromeView chrome(Here here, Optional<Page> current, List<LinkView> breadcrumbs, List<Page> translations) {
        String language = here.language();
        List<LanguageView> languages = new ArrayList<>();
        for (Page translation : translations) {
            languages.add(new LanguageView(translation.language(), language(translation.language()).name(),
                    translation.absoluteUrl(), current.filter(c -> c == translation).isPresent(), translation.title()));
        }
        return new ChromeView(model.config().title(language), model.config().tagline(language),
                here.href(here.site(), model.languagePrefix(language)), languages, languages.size() > 1,
                navigation(here, current), browse(here), breadcrumbs, !breadcrumbs.isEmpty());
    }

    private ChromeView chromeForIndex(Here here, List<LinkView> breadcrumbs, List<IndexPage> translations) {
        String language = here.language();
        List<LanguageView> languages = translations.stream().map(t -> new LanguageView(t.language(), language(t.language()).name(),
                t.absoluteUrl(), t.language().equals(language), strings.get(t.language(), t.titleKey()))).toList();
        return new ChromeView(model.config().title(language), model.config().tagline(language),
                here.href(here.site(), model.languagePrefix(language)), languages, languages.size() > 1,
                navigation(here, Optional.empty()), browse(here), breadcrumbs, !breadcrumbs.isEmpty());
    }

    /** A list or menu entry for {@code target}, marked when its text is in another language. */
    private LinkView linkTo(Here here, Page target, boolean current) {
        boolean otherLanguage = !target.contentLanguage().equals(here.language());
        String other = otherLanguage ? target.contentLanguage() : "";
        return new LinkView(Typography.forLanguage(target.contentLanguage()).apply(target.title()), here.href(target), current,
                other, other, otherLanguage ? strings.marker(here.language(), target.contentLanguage()) : "");
    }

    private static List<StructuredData.Crumb> crumbs(Here here, List<LinkView> breadcrumbs) {
        List<StructuredData.Crumb> crumbs = new ArrayList<>();
        String self = here.site().baseUrl() + here.urlPath();
        for (LinkView crumb : breadcrumbs) {
            String url = crumb.current() ? self : absolute(here, crumb.href());
            crumbs.add(new StructuredData.Crumb(crumb.title(), url));
        }
        return crumbs;
    }

    private static final java.util.regex.Pattern ABSOLUTE_URL = java.util.regex.Pattern.compile("[a-z]+://");

    private static String absolute(Here here, String href) {
        if (ABSOLUTE_URL.matcher(href).lookingAt()) {
            return href;
        }
        return java.net.URI.create(here.site().baseUrl() + here.urlPath()).resolve(href).toString();
    }

    /** The front matter description, or else the first paragraph cut at a word boundary. */
    public static String description(Page page) {
        Optional<String> declared = page.frontMatter().description();
        if (declared.isPresent()) {
            return declared.get();
        }
        String text = page.document().firstParagraph();
        if (text.isEmpty()) {
            return page.title();
        }
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        if (cut < DESCRIPTION_LENGTH / 2) {
            cut = DESCRIPTION_LENGTH - 1;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private LanguageConfig language(String code) {
        return model.config().language(code).orElseGet(() -> LanguageConfig.fromCode(code));
    }

    private List<AlternateView> alternates(List<Page> translations) {
        return alternates(translations, Page::language, Page::absoluteUrl);
    }

    private List<AlternateView> alternateIndexes(List<IndexPage> translations) {
        return alternates(translations, IndexPage::language, IndexPage::absoluteUrl);
    }

    private <T> List<AlternateView> alternates(List<T> versions, java.util.function.Function<T, String> language,
                                               java.util.function.Function<T, String> url) {
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        versions.forEach(v -> urls.put(language.apply(v), url.apply(v)));
        return Alternates.of(urls, model.config().defaultLanguage());
    }

    private List<LinkView> breadcrumbs(Here here, Page page) {
        List<LinkView> crumbs = new ArrayList<>();
        if (page.kind() == PageKind.HOME) {
            return crumbs;
        }
        String language = page.language();
        crumbs.add(new LinkView(strings.get(language, "home"), here.href(page.site(), model.languagePrefix(language)), false));
        if (page.kind() == PageKind.QA || page.kind() == PageKind.TOPIC) {
            indexes.first("topics", language).ifPresent(index -> crumbs.add(
                    new LinkView(strings.get(language, "topicsIndex"), here.href(index.site(), index.urlPath()), false)));
        }
        if (page.kind() == PageKind.QA) {
            String name = page.sourcePath().substring(page.sourcePath().lastIndexOf('/') + 1);
            model.page(language, "topics/" + name).ifPresent(topic -> crumbs.add(linkTo(here, topic, false)));
        }
        LinkView self = linkTo(here, page, true);
        crumbs.add(new LinkView(self.title(), "./", true, self.lang(), "", ""));
        return crumbs;
    }

    /** The home page and the top-level plain pages of the language, ordered by weight then title. */
    private List<LinkView> navigation(Here here, Optional<Page> current) {
        String language = here.language();
        List<LinkView> items = new ArrayList<>();
        model.home(language).ifPresent(home -> items.add(new LinkView(strings.get(language, "home"), here.href(home),
                current.filter(c -> c == home).isPresent())));
        menuPages(language).forEach(p -> items.add(linkTo(here, p, current.filter(c -> c == p).isPresent())));
        return items;
    }

    /** Top-level pages of a language in menu order; found once per language, not once per page rendered. */
    private List<Page> menuPages(String language) {
        return menus.computeIfAbsent(language, l -> model.pages(l).stream()
                .filter(p -> p.kind() == PageKind.PAGE && !p.sourcePath().contains("/") && !p.isFallbackCopy())
                .sorted(Comparator.comparingInt((Page p) -> p.frontMatter().weight()).thenComparing(Page::title, collator(l)))
                .toList());
    }

    private final Map<String, List<Page>> menus = new java.util.concurrent.ConcurrentHashMap<>();

    /** Topic pages written in a language (not copies), found once per language for all its country pages. */
    private List<Page> ownTopicPages(String language) {
        return topicPages.computeIfAbsent(language, l -> model.pages(l).stream()
                .filter(p -> p.kind() == PageKind.TOPIC && !p.isFallbackCopy()).toList());
    }

    private final Map<String, List<Page>> topicPages = new java.util.concurrent.ConcurrentHashMap<>();

    /** Links to every generated index of the language and to its feed, shown in the footer of every page. */
    private List<LinkView> browse(Here here) {
        String language = here.language();
        List<LinkView> links = new ArrayList<>();
        for (String key : IndexBuilder.INDEX_KEYS) {
            indexes.first(key, language).ifPresent(index -> links.add(new LinkView(strings.get(language, index.titleKey()),
                    here.href(index.site(), index.urlPath()), index.urlPath().equals(here.urlPath()))));
        }
        links.add(new LinkView(strings.get(language, "feedTitle"),
                here.href(here.site(), model.languagePrefix(language) + FeedRenderer.FILE), false));
        return links;
    }

    private List<LinkView> topicLinks(Here here) {
        String language = here.language();
        Comparator<String> collator = collator(language);
        return model.listable(language, PageKind.TOPIC).stream()
                .sorted(Comparator.comparing((Page p) -> p.contentLanguage().equals(language) ? 0 : 1)
                        .thenComparingInt(p -> p.frontMatter().weight()).thenComparing(Page::title, collator))
                .map(p -> linkTo(here, p, false))
                .toList();
    }

    /** The Q&A pages of the topics the site leads with, in the order {@code site.yaml} gives. */
    private List<LinkView> featured(Here here) {
        List<LinkView> links = new ArrayList<>();
        List<Page> qa = model.listable(here.language(), PageKind.QA);
        for (String topic : model.config().featured()) {
            qa.stream().filter(p -> p.sourcePath().equals("qa/" + topic + ".md")).findFirst()
                    .ifPresent(p -> links.add(linkTo(here, p, false)));
        }
        return links;
    }

    /** On a thematic page: each Q&A page of its topic, with its questions. */
    private List<GroupView> topicQuestions(Here here, Page topicPage) {
        String topic = IndexBuilder.topicOf(topicPage);
        return indexes.questionsByTitle(here.language()).stream()
                .filter(p -> p.frontMatter().topics().contains(topic))
                .map(p -> {
                    LinkView page = linkTo(here, p, false);
                    return new GroupView(page.title(), page, true, p.document().questions().stream()
                            .map(q -> new EntryView(new LinkView(q.text(), page.href() + "#" + q.id(), false, page.lang(),
                                    page.hreflang(), page.marker()), "")).toList());
                })
                .toList();
    }

    private List<LinkView> related(Here here, Page page) {
        return related.of(page, RELATED_QUESTIONS).stream().map(r -> {
            LinkView link = linkTo(here, r.page(), false);
            return new LinkView(r.question().text(), link.href() + "#" + r.question().id(), false, link.lang(), link.hreflang(),
                    link.marker());
        }).toList();
    }

    /**
     * Adds, at the end of each section of a Q&A page, links to the previous and the next section, so
     * that a reader who arrived on one question can move through the page.
     */
    private static final java.util.regex.Pattern BACKREF_LABEL = java.util.regex.Pattern.compile(
            "aria-label=\"Back to reference (\\d+)(?:-(\\d+))?\"");

    /**
     * The footnote back-links' labels in the text's own language, naming the occurrence that their
     * visible number shows, so that the visible label is part of the accessible name.
     */
    private String withFootnoteLabels(String bodyHtml, String language) {
        if (!bodyHtml.contains("aria-label=\"Back to reference ")) {
            return bodyHtml;
        }
        java.util.regex.Matcher m = BACKREF_LABEL.matcher(bodyHtml);
        StringBuilder out = new StringBuilder(bodyHtml.length());
        while (m.find()) {
            String label = m.group(2) == null
                    ? strings.format(language, "backToReference", Map.of("n", m.group(1)))
                    : strings.format(language, "backToCitation", Map.of("n", m.group(1), "k", m.group(2)));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("aria-label=\"" + org.jsoup.nodes.Entities.escape(label) + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String withSectionPager(String bodyHtml, List<SectionBlock> sections, String language, String contentLanguage) {
        List<SectionBlock> titled = sections.stream().filter(s -> !s.title().isEmpty()).toList();
        if (titled.size() < 2) {
            return bodyHtml;
        }
        Document document = Jsoup.parseBodyFragment(bodyHtml);
        document.outputSettings().prettyPrint(false);
        for (int i = 0; i < titled.size(); i++) {
            Element heading = document.getElementById(titled.get(i).id());
            if (heading == null) {
                continue;
            }
            Element end = i + 1 < titled.size() ? document.getElementById(titled.get(i + 1).id()) : document.selectFirst("section.footnotes");
            Element pager = new Element("p").addClass("section-pager");
            if (i > 0) {
                pagerLink(pager.appendElement("a").attr("href", "#" + titled.get(i - 1).id()).attr("rel", "prev"),
                        strings.get(language, "previousSection"), language, titled.get(i - 1).title(), contentLanguage);
            }
            if (i + 1 < titled.size()) {
                if (i > 0) {
                    pager.appendText(" ");
                }
                pagerLink(pager.appendElement("a").attr("href", "#" + titled.get(i + 1).id()).attr("rel", "next"),
                        strings.get(language, "nextSection"), language, titled.get(i + 1).title(), contentLanguage);
            }
            if (end != null) {
                end.before(pager);
            } else {
                document.body().appendChild(pager);
            }
        }
        return document.body().html();
    }

    /** "Next section: title"; on a page shown in another language, the label keeps the site's language. */
    private static void pagerLink(Element link, String label, String language, String title, String contentLanguage) {
        if (language.equals(contentLanguage)) {
            link.text(label + " " + title);
        } else {
            link.appendElement("span").attr("lang", language).text(label);
            link.appendText(" " + title);
        }
    }

    public static String formatDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    static Comparator<String> collator(String language) {
        return IndexBuilder.collator(language);
    }
}
