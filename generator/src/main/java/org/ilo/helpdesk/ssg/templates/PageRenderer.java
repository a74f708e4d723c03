package org.ilo.helpdesk.ssg.templates;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.github.mustachejava.Mustache;
import org.ilo.helpdesk.ssg.config.LanguageConfig;
import org.ilo.helpdesk.ssg.config.SiteConfig;
import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.ilo.helpdesk.ssg.frontmatter.PageKind;
import org.ilo.helpdesk.ssg.markdown.Typography;
import org.ilo.helpdesk.ssg.model.Page;
import org.ilo.helpdesk.ssg.model.PageLinks;
import org.ilo.helpdesk.ssg.model.SiteModel;
import org.ilo.helpdesk.ssg.model.TranslationStatus;
import org.ilo.helpdesk.ssg.model.UrlPaths;
import org.ilo.helpdesk.ssg.templates.Views.AlternateView;
import org.ilo.helpdesk.ssg.templates.Views.LanguageView;
import org.ilo.helpdesk.ssg.templates.Views.LinkView;
import org.ilo.helpdesk.ssg.templates.Views.PageView;
import org.ilo.helpdesk.ssg.templates.Views.QuestionView;
import org.ilo.helpdesk.ssg.templates.Views.SectionView;

/** Builds the view of a page from the model and renders it with its layout. */
public final class PageRenderer {

    /** Where the theme's stylesheet is written, relative to each site's root. */
    public static final String CSS_PATH = "assets/site.css";
    private static final int DESCRIPTION_LENGTH = 160;

    private final SiteModel model;
    private final TemplateEngine engine;
    private final ThemeStrings strings;
    private final TranslationStatus status;

    public PageRenderer(SiteModel model, TemplateEngine engine, ThemeStrings strings, TranslationStatus status) {
        this.model = model;
        this.engine = engine;
        this.strings = strings;
        this.status = status;
    }

    public String render(Mustache layout, Page page, PageLinks links, String bodyHtml) {
        return engine.render(layout, view(page, links, bodyHtml));
    }

    PageView view(Page page, PageLinks links, String bodyHtml) {
        SiteConfig config = model.config();
        String language = page.language();
        LanguageConfig languageConfig = language(language);
        Typography typography = Typography.forLanguage(page.contentLanguage());
        Optional<LocalDate> date = page.frontMatter().date();
        Optional<LocalDate> updated = page.frontMatter().updated();
        List<SectionView> sections = page.document().sections().stream()
                .map(s -> new SectionView(s.title(), s.id(), !s.title().isEmpty(),
                        s.questions().stream().map(q -> new QuestionView(q.id(), q.text())).toList()))
                .toList();
        Function<Page, LinkView> linkTo = target -> linkView(page, target, links);
        List<LinkView> topics = page.kind() == PageKind.HOME ? topicLinks(language, linkTo) : List.of();
        Optional<TranslationStatus.Entry> translation = status.of(page).filter(e -> e.state() == TranslationStatus.State.STALE);
        Locale locale = languageConfig.locale();
        return new PageView(
                language,
                languageConfig.direction(),
                typography.apply(page.title()),
                config.title(language),
                config.tagline(language),
                description(page),
                page.isFallbackCopy()
                        ? model.translation(page, config.defaultLanguage()).map(Page::absoluteUrl).orElse(page.absoluteUrl())
                        : page.absoluteUrl(),
                UrlPaths.relative(page.urlPath(), CSS_PATH),
                UrlPaths.relative(page.urlPath(), model.languagePrefix(language)),
                bodyHtml,
                page.kind() == PageKind.HOME,
                page.kind() == PageKind.QA,
                page.kind() == PageKind.TOPIC,
                page.kind() == PageKind.PAGE,
                languageSwitcher(page),
                model.translations(page).size() > 1,
                alternates(page),
                breadcrumbs(page, links, linkTo),
                navigation(page, linkTo),
                topics,
                !topics.isEmpty(),
                date.map(LocalDate::toString).orElse(""),
                date.map(d -> formatDate(d, locale)).orElse(""),
                updated.map(LocalDate::toString).orElse(""),
                updated.map(d -> formatDate(d, locale)).orElse(""),
                updated.isPresent(),
                sections,
                page.kind() == PageKind.QA && page.document().questions().size() > 1,
                page.isFallbackCopy() ? page.contentLanguage() : "",
                page.isFallbackCopy() ? strings.format(language, "notTranslated", java.util.Map.of(
                        "target", ThemeStrings.languageName(language, language),
                        "language", ThemeStrings.languageName(page.contentLanguage(), language))) : "",
                translation.map(e -> strings.format(language, "staleNotice", java.util.Map.of(
                        "language", ThemeStrings.languageName(e.source().language(), language),
                        "date", e.source().frontMatter().updated().or(() -> e.source().frontMatter().date())
                                .map(d -> formatDate(d, locale)).orElse("")))).orElse(""),
                translation.map(e -> {
                    LinkView source = linkTo.apply(e.source());
                    return new LinkView(strings.get(language, "staleLink"), source.href(), false, "", source.hreflang(),
                            source.marker());
                }).orElse(null),
                false,
                strings.of(language));
    }

    /**
     * The page shown for a URL that leads nowhere. A server shows it at any address, so every link in
     * it is absolute.
     */
    public String renderNotFound(Mustache layout, String language) {
        SiteConfig config = model.config();
        SiteTarget site = config.siteOf(language);
        LanguageConfig languageConfig = language(language);
        Function<Page, LinkView> linkTo = target -> {
            String href = target.absoluteUrl();
            boolean otherLanguage = !target.contentLanguage().equals(language);
            String other = otherLanguage ? target.contentLanguage() : "";
            return new LinkView(Typography.forLanguage(target.contentLanguage()).apply(target.title()), href, false,
                    other, other, otherLanguage ? strings.marker(language, target.contentLanguage()) : "");
        };
        String home = site.baseUrl() + model.languagePrefix(language);
        List<LinkView> nav = new ArrayList<>();
        nav.add(new LinkView(strings.get(language, "home"), home, false));
        generalPages(language).forEach(p -> nav.add(linkTo.apply(p)));
        List<LinkView> topics = topicLinks(language, linkTo);
        return engine.render(layout, new PageView(language, languageConfig.direction(),
                strings.get(language, "notFoundTitle"), config.title(language), config.tagline(language),
                strings.get(language, "notFoundText"), "", site.baseUrl() + CSS_PATH, home, "", false, false, false, true,
                List.of(), false, List.of(), List.of(), nav, topics, !topics.isEmpty(), "", "", "", "", false, List.of(),
                false, "", "", "", null, true, strings.of(language)));
    }

    /** The front matter description, or else the first paragraph cut at a word boundary. */
    static String description(Page page) {
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
        return model.config().language(code).orElse(LanguageConfig.fromCode(code));
    }

    /** A list or menu entry for {@code target}, marked when its text is in another language. */
    private LinkView linkView(Page from, Page target, PageLinks links) {
        boolean otherLanguage = !target.contentLanguage().equals(from.language());
        String other = otherLanguage ? target.contentLanguage() : "";
        return new LinkView(Typography.forLanguage(target.contentLanguage()).apply(target.title()),
                links.href(target), target == from, other, other,
                otherLanguage ? strings.marker(from.language(), target.contentLanguage()) : "");
    }

    /** The languages this page exists in, each named in itself, linking to the absolute URL of that version. */
    private List<LanguageView> languageSwitcher(Page page) {
        List<LanguageView> views = new ArrayList<>();
        for (Page translation : model.translations(page)) {
            LanguageConfig language = language(translation.language());
            views.add(new LanguageView(language.code(), language.name(), translation.absoluteUrl(),
                    translation == page, translation.title()));
        }
        return views;
    }

    private List<AlternateView> alternates(Page page) {
        List<Page> translations = model.translations(page);
        List<AlternateView> views = new ArrayList<>();
        if (translations.size() < 2) {
            return views;
        }
        for (Page translation : translations) {
            views.add(new AlternateView(translation.language(), translation.absoluteUrl()));
        }
        translations.stream().filter(t -> t.language().equals(model.config().defaultLanguage())).findFirst()
                .ifPresent(t -> views.add(new AlternateView("x-default", t.absoluteUrl())));
        return views;
    }

    private List<LinkView> breadcrumbs(Page page, PageLinks links, Function<Page, LinkView> linkTo) {
        List<LinkView> crumbs = new ArrayList<>();
        if (page.kind() == PageKind.HOME) {
            return crumbs;
        }
        String language = page.language();
        model.home(language).ifPresentOrElse(
                home -> crumbs.add(new LinkView(strings.get(language, "home"), links.href(home), false)),
                () -> crumbs.add(new LinkView(strings.get(language, "home"),
                        UrlPaths.relative(page.urlPath(), model.languagePrefix(language)), false)));
        if (page.kind() == PageKind.QA) {
            String name = page.sourcePath().substring(page.sourcePath().lastIndexOf('/') + 1);
            model.page(language, "topics/" + name).ifPresent(topic -> crumbs.add(linkTo.apply(topic)));
        }
        LinkView self = linkTo.apply(page);
        crumbs.add(new LinkView(self.title(), "./", true, self.lang(), "", ""));
        return crumbs;
    }

    /** The home page and the top-level plain pages of the language, ordered by weight then title. */
    private List<LinkView> navigation(Page page, Function<Page, LinkView> linkTo) {
        List<LinkView> items = new ArrayList<>();
        model.home(page.language()).ifPresent(home -> {
            LinkView link = linkTo.apply(home);
            items.add(new LinkView(strings.get(page.language(), "home"), link.href(), link.current()));
        });
        generalPages(page.language()).forEach(p -> items.add(linkTo.apply(p)));
        return items;
    }

    private List<Page> generalPages(String language) {
        return model.pages(language).stream()
                .filter(p -> p.kind() == PageKind.PAGE && !p.sourcePath().contains("/") && !p.isFallbackCopy())
                .sorted(Comparator.comparingInt((Page p) -> p.frontMatter().weight()).thenComparing(Page::title, collator(language)))
                .toList();
    }

    private List<LinkView> topicLinks(String language, Function<Page, LinkView> linkTo) {
        Collator collator = collator(language);
        return model.listable(language, PageKind.TOPIC).stream()
                .sorted(Comparator.comparing((Page p) -> p.contentLanguage().equals(language) ? 0 : 1)
                        .thenComparingInt(p -> p.frontMatter().weight()).thenComparing(Page::title, collator))
                .map(linkTo)
                .toList();
    }

    /** The root page of a multilingual site: one link per language, each in its own language. */
    public String renderLanguageChooser(Mustache layout, SiteTarget site) {
        SiteConfig config = model.config();
        List<LanguageView> languages = new ArrayList<>();
        for (String code : site.languages()) {
            LanguageConfig language = language(code);
            languages.add(new LanguageView(code, language.name(), code + "/", false, config.title(code)));
        }
        String lead = site.hosts(config.defaultLanguage()) ? config.defaultLanguage() : site.languages().get(0);
        // No hreflang alternates here: the home page of each language carries the reciprocal set.
        return engine.render(layout, new Views.LanguageChooserView(lead, language(lead).direction(), config.title(lead),
                CSS_PATH, site.baseUrl(), languages, List.of(), strings.of(lead)));
    }

    public static String formatDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    static Collator collator(String language) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }
}
