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

import com.github.mustachejava.Mustache;
import org.ilo.helpdesk.ssg.config.LanguageConfig;
import org.ilo.helpdesk.ssg.config.SiteConfig;
import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.ilo.helpdesk.ssg.frontmatter.PageKind;
import org.ilo.helpdesk.ssg.markdown.Typography;
import org.ilo.helpdesk.ssg.model.Page;
import org.ilo.helpdesk.ssg.model.PageLinks;
import org.ilo.helpdesk.ssg.model.SiteModel;
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

    public PageRenderer(SiteModel model, TemplateEngine engine, ThemeStrings strings) {
        this.model = model;
        this.engine = engine;
        this.strings = strings;
    }

    public String render(Mustache layout, Page page, PageLinks links, String bodyHtml) {
        return engine.render(layout, view(page, links, bodyHtml));
    }

    PageView view(Page page, PageLinks links, String bodyHtml) {
        SiteConfig config = model.config();
        String language = page.language();
        LanguageConfig languageConfig = config.language(language).orElse(LanguageConfig.fromCode(language));
        Typography typography = Typography.forLanguage(language);
        String title = typography.apply(page.title());
        Optional<LocalDate> date = page.frontMatter().date();
        Optional<LocalDate> updated = page.frontMatter().updated();
        List<SectionView> sections = page.document().sections().stream()
                .map(s -> new SectionView(s.title(), s.id(), !s.title().isEmpty(),
                        s.questions().stream().map(q -> new QuestionView(q.id(), q.text())).toList()))
                .toList();
        List<LinkView> topics = page.kind() == PageKind.HOME ? topicLinks(page, links) : List.of();
        return new PageView(
                language,
                languageConfig.direction(),
                title,
                config.title(language),
                config.tagline(language),
                description(page),
                page.absoluteUrl(),
                UrlPaths.relative(page.urlPath(), CSS_PATH),
                UrlPaths.relative(page.urlPath(), model.languagePrefix(language)),
                bodyHtml,
                page.kind() == PageKind.HOME,
                page.kind() == PageKind.QA,
                page.kind() == PageKind.TOPIC,
                page.kind() == PageKind.PAGE,
                languageSwitcher(page, links),
                model.translations(page).size() > 1,
                alternates(page),
                breadcrumbs(page, links),
                navigation(page, links),
                topics,
                !topics.isEmpty(),
                date.map(LocalDate::toString).orElse(""),
                date.map(d -> formatDate(d, languageConfig.locale())).orElse(""),
                updated.map(LocalDate::toString).orElse(""),
                updated.map(d -> formatDate(d, languageConfig.locale())).orElse(""),
                updated.isPresent(),
                sections,
                page.kind() == PageKind.QA && page.document().questions().size() > 1,
                strings.of(language));
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

    private List<LanguageView> languageSwitcher(Page page, PageLinks links) {
        List<LanguageView> views = new ArrayList<>();
        for (Page translation : model.translations(page)) {
            LanguageConfig language = model.config().language(translation.language())
                    .orElse(LanguageConfig.fromCode(translation.language()));
            views.add(new LanguageView(language.code(), language.name(), links.href(translation),
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

    private List<LinkView> breadcrumbs(Page page, PageLinks links) {
        List<LinkView> crumbs = new ArrayList<>();
        if (page.kind() == PageKind.HOME) {
            return crumbs;
        }
        model.home(page.language()).ifPresentOrElse(
                home -> crumbs.add(new LinkView(strings.get(page.language(), "home"), links.href(home), false)),
                () -> crumbs.add(new LinkView(strings.get(page.language(), "home"),
                        UrlPaths.relative(page.urlPath(), model.languagePrefix(page.language())), false)));
        if (page.kind() == PageKind.QA) {
            String name = page.sourcePath().substring(page.sourcePath().lastIndexOf('/') + 1);
            model.page(page.language(), "topics/" + name)
                    .ifPresent(topic -> crumbs.add(new LinkView(Typography.forLanguage(page.language()).apply(topic.title()),
                            links.href(topic), false)));
        }
        crumbs.add(new LinkView(Typography.forLanguage(page.language()).apply(page.title()), "./", true));
        return crumbs;
    }

    /** The home page and the top-level plain pages of the language, ordered by weight then title. */
    private List<LinkView> navigation(Page page, PageLinks links) {
        List<LinkView> items = new ArrayList<>();
        model.home(page.language()).ifPresent(home ->
                items.add(new LinkView(strings.get(page.language(), "home"), links.href(home), home == page)));
        Collator collator = collator(page.language());
        model.pages(page.language()).stream()
                .filter(p -> p.kind() == PageKind.PAGE && !p.sourcePath().contains("/"))
                .sorted(Comparator.comparingInt((Page p) -> p.frontMatter().weight())
                        .thenComparing(Page::title, collator))
                .forEach(p -> items.add(new LinkView(Typography.forLanguage(p.language()).apply(p.title()),
                        links.href(p), p == page)));
        return items;
    }

    private List<LinkView> topicLinks(Page page, PageLinks links) {
        Collator collator = collator(page.language());
        return model.pages(page.language()).stream()
                .filter(p -> p.kind() == PageKind.TOPIC)
                .sorted(Comparator.comparingInt((Page p) -> p.frontMatter().weight()).thenComparing(Page::title, collator))
                .map(p -> new LinkView(Typography.forLanguage(p.language()).apply(p.title()), links.href(p), false))
                .toList();
    }

    /** The root page of a multilingual site: one link per language, each in its own language. */
    public String renderLanguageChooser(Mustache layout, SiteTarget site) {
        SiteConfig config = model.config();
        List<LanguageView> languages = new ArrayList<>();
        List<AlternateView> alternates = new ArrayList<>();
        for (String code : site.languages()) {
            LanguageConfig language = config.language(code).orElse(LanguageConfig.fromCode(code));
            languages.add(new LanguageView(code, language.name(), code + "/", false, config.title(code)));
            alternates.add(new AlternateView(code, site.baseUrl() + code + "/"));
        }
        String lead = site.hosts(config.defaultLanguage()) ? config.defaultLanguage() : site.languages().get(0);
        alternates.add(new AlternateView("x-default", site.baseUrl()));
        LanguageConfig leadLanguage = config.language(lead).orElse(LanguageConfig.fromCode(lead));
        return engine.render(layout, new Views.LanguageChooserView(lead, leadLanguage.direction(), config.title(lead),
                CSS_PATH, site.baseUrl(), languages, alternates, strings.of(lead)));
    }

    static String formatDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    static Collator collator(String language) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }
}
