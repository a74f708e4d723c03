package org.ilo.helpdesk.ssg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.mustachejava.Mustache;
import org.ilo.helpdesk.ssg.checks.AccessibilityCheck;
import org.ilo.helpdesk.ssg.checks.AccessibilityReport;
import org.ilo.helpdesk.ssg.checks.AccessibilityWaivers;
import org.ilo.helpdesk.ssg.checks.ConfidentialityGuard;
import org.ilo.helpdesk.ssg.checks.TemplateLocator;
import org.ilo.helpdesk.ssg.checks.a11y.A11yRule;
import org.ilo.helpdesk.ssg.checks.HreflangCheck;
import org.ilo.helpdesk.ssg.checks.LinkCrawler;
import org.ilo.helpdesk.ssg.checks.ParsedPages;
import org.ilo.helpdesk.ssg.config.LanguageConfig;
import org.ilo.helpdesk.ssg.config.SiteConfig;
import org.ilo.helpdesk.ssg.config.SiteConfigLoader;
import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.ilo.helpdesk.ssg.diagnostics.ContentException;
import org.ilo.helpdesk.ssg.diagnostics.Diagnostic;
import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.diagnostics.Severity;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.ilo.helpdesk.ssg.frontmatter.FrontMatterParser;
import org.ilo.helpdesk.ssg.frontmatter.PageKind;
import org.ilo.helpdesk.ssg.frontmatter.ParsedSource;
import org.ilo.helpdesk.ssg.load.ContentLoader;
import org.ilo.helpdesk.ssg.load.ContentSet;
import org.ilo.helpdesk.ssg.load.SourceFile;
import org.ilo.helpdesk.ssg.load.StaticFile;
import org.ilo.helpdesk.ssg.markdown.MarkdownDocument;
import org.ilo.helpdesk.ssg.markdown.MarkdownParser;
import org.ilo.helpdesk.ssg.markdown.MarkdownRenderer;
import org.ilo.helpdesk.ssg.markdown.SourceMarks;
import org.ilo.helpdesk.ssg.model.ModelBuilder;
import org.ilo.helpdesk.ssg.model.Page;
import org.ilo.helpdesk.ssg.model.PageLinks;
import org.ilo.helpdesk.ssg.model.SiteModel;
import org.ilo.helpdesk.ssg.model.TranslationStatus;
import org.ilo.helpdesk.ssg.output.OutputTree;
import org.ilo.helpdesk.ssg.output.SiteWriter;
import org.ilo.helpdesk.ssg.output.StagingFolder;
import org.ilo.helpdesk.ssg.taxonomies.CountryHub;
import org.ilo.helpdesk.ssg.taxonomies.CountryLoader;
import org.ilo.helpdesk.ssg.taxonomies.IndexBuilder;
import org.ilo.helpdesk.ssg.taxonomies.Indexes;
import org.ilo.helpdesk.ssg.taxonomies.Taxonomies;
import org.ilo.helpdesk.ssg.taxonomies.TaxonomyLoader;
import org.ilo.helpdesk.ssg.templates.FeedRenderer;
import org.ilo.helpdesk.ssg.templates.PageRenderer;
import org.ilo.helpdesk.ssg.templates.SitemapRenderer;
import org.ilo.helpdesk.ssg.templates.TranslationReport;
import org.ilo.helpdesk.ssg.templates.TemplateEngine;
import org.ilo.helpdesk.ssg.templates.Theme;
import org.ilo.helpdesk.ssg.templates.ThemeStrings;
import org.ilo.helpdesk.ssg.yaml.YamlTree;

/**
 * The build as a short sequence of stages: load, front matter, Markdown, model, render, write. Every
 * stage reports into one {@link Diagnostics}; the build stops before writing if any reported an error.
 */
public final class SiteBuilder {

    private final MarkdownParser markdownParser = new MarkdownParser();
    /** Reads content files; kept between builds so that a rebuild reads only the files that changed. */
    private final ContentLoader loader = new ContentLoader();
    /** Parsed files of earlier builds by this builder, reused while a file's text and the guard's lists are unchanged. */
    private final Map<Path, CachedParse> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    private record CachedParse(String text, List<String> guard, Optional<MarkdownDocument> document, List<Diagnostic> diagnostics) {
    }

    /**
     * Front matter, confidentiality and Markdown of one file. A builder that builds again (the preview
     * server) parses only the files that changed; their diagnostics are reported again all the same.
     */
    private Optional<MarkdownDocument> parse(SourceFile source, FrontMatterParser frontMatterParser, ConfidentialityGuard guard,
                                             Diagnostics diagnostics, Set<Path> reparsed) {
        CachedParse cached = parsed.get(source.path());
        if (cached == null || !cached.text().equals(source.text()) || !cached.guard().equals(guard.fingerprint())) {
            reparsed.add(source.path());
            Diagnostics own = new Diagnostics();
            Optional<MarkdownDocument> document = frontMatterParser.parse(source, own).map(page -> {
                guard.check(page, own);
                return markdownParser.parse(page, PageKind.of(page) == PageKind.QA, own);
            });
            cached = new CachedParse(source.text(), guard.fingerprint(), document, own.sorted());
            parsed.put(source.path(), cached);
        }
        cached.diagnostics().forEach(diagnostics::add);
        return cached.document();
    }
    private final MarkdownRenderer markdownRenderer = new MarkdownRenderer();

    /**
     * Builds the site and swaps it into {@code request.outputDir()}.
     *
     * @throws ContentException when the content, configuration or theme has mistakes; nothing is written
     * @throws IOException      when a file cannot be read or written
     */
    public BuildReport build(BuildRequest request) throws ContentException, IOException {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        OutputTree tree = new OutputTree();
        OutputTree reports = new OutputTree();
        StageTimes times = new StageTimes();
        SiteWriter writer = new SiteWriter();
        // pages go to the staging folder as they pass their checks; it replaces the site only if all do
        try (StagingFolder staging = StagingFolder.beside(request.outputDir())) {
            Generated generated = generate(request.siteRoot().toAbsolutePath().normalize(), tree, reports, diagnostics, times, true,
                    Optional.of(staging));
            if (diagnostics.hasErrors()) {
                // the reports (accessibility findings as JUnit XML among them) are what CI shows of a failed build
                writer.write(reports, request.reportsDir());
                throw new ContentException(diagnostics.sorted().stream().filter(d -> d.severity() == Severity.ERROR).toList());
            }
            writer.writeInto(tree, staging);
            staging.commit();
            writer.write(reports, request.reportsDir());
            times.end("write");
            List<Diagnostic> warnings = diagnostics.sorted().stream().filter(d -> d.severity() == Severity.WARNING).toList();
            return new BuildReport(generated.languages(), generated.translations(), warnings, (System.nanoTime() - start) / 1_000_000,
                    times.millis());
        }
    }

    /**
     * Runs every stage and every check, as {@link #build} does, but writes nothing: for checking
     * content before committing it.
     *
     * @throws ContentException when the content, configuration or theme has mistakes
     */
    public BuildReport check(Path siteRoot) throws ContentException, IOException {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        StageTimes times = new StageTimes();
        Generated generated = generate(siteRoot.toAbsolutePath().normalize(), new OutputTree(), new OutputTree(), diagnostics, times,
                true, Optional.empty());
        if (diagnostics.hasErrors()) {
            throw new ContentException(diagnostics.sorted().stream().filter(d -> d.severity() == Severity.ERROR).toList());
        }
        List<Diagnostic> warnings = diagnostics.sorted().stream().filter(d -> d.severity() == Severity.WARNING).toList();
        return new BuildReport(generated.languages(), generated.translations(), warnings, (System.nanoTime() - start) / 1_000_000,
                times.millis());
    }

    /**
     * Builds the sites in memory, for a preview server: the files, or the errors that prevented them.
     * Content is checked as in a build; the crawl of the generated output is left to the real build.
     */
    public Preview preview(Path siteRoot) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        OutputTree tree = new OutputTree();
        StageTimes times = new StageTimes();
        Generated generated = generate(siteRoot.toAbsolutePath().normalize(), tree, new OutputTree(), diagnostics, times, false,
                Optional.empty());
        List<Diagnostic> errors = diagnostics.sorted().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        return new Preview(errors.isEmpty() ? tree : new OutputTree(), errors, times.millis(), generated.sites());
    }

    /**
     * A build held in memory: its files by path ({@code <site>/<path>}, generated pages rendered when
     * first read), or the errors that stopped it.
     */
    public record Preview(OutputTree files, List<Diagnostic> errors, Map<String, Long> stageMillis, List<SiteTarget> sites) {
        public Preview {
            errors = List.copyOf(errors);
            sites = List.copyOf(sites);
            stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
        }
    }

    /** What {@link #generate} produced besides the files. */
    private record Generated(List<BuildReport.LanguageSummary> languages, List<BuildReport.TranslationSummary> translations,
                             List<SiteTarget> sites) {
    }

    /**
     * Runs every stage into {@code tree} (the sites) and {@code reports} (for editors).
     *
     * @param checkOutput whether to check the generated pages (their links, alternates and accessibility):
     *                    faults of the theme or the generator, not of content, which a preview leaves to the real build
     * @param staging     where checked pages are written at once (they leave {@code tree}); without one,
     *                    checked pages are dropped, as {@link #check} wants
     */
    private Generated generate(Path root, OutputTree tree, OutputTree reports, Diagnostics diagnostics, StageTimes times,
                               boolean checkOutput, Optional<StagingFolder> staging) throws IOException {
        Path contentDir = root.resolve("content");
        List<String> folders = loader.languageFolders(contentDir);
        SiteConfig config = new SiteConfigLoader().load(root, folders, diagnostics);
        Set<String> languages = new LinkedHashSet<>();
        config.languages().forEach(l -> languages.add(l.code()));
        ContentSet content = loader.load(contentDir, languages, diagnostics);
        times.end("load");

        FrontMatterParser frontMatterParser = new FrontMatterParser();
        List<SourceFile> sources = new ArrayList<>(content.pages());
        sources.addAll(missingHomes(contentDir, config, content));
        ConfidentialityGuard guard = ConfidentialityGuard.load(root, diagnostics);
        Set<Path> reparsed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<MarkdownDocument> documents = sources.parallelStream()
                .map(source -> parse(source, frontMatterParser, guard, diagnostics, reparsed))
                .flatMap(Optional::stream)
                .toList();
        times.end("parse");
        Set<String> parsedPaths = new java.util.HashSet<>();
        documents.forEach(d -> parsedPaths.add(d.source().source().language() + "/" + d.source().source().relativePath()));
        Set<String> unreadable = new java.util.HashSet<>();
        sources.forEach(s -> {
            String key = s.language() + "/" + s.relativePath();
            if (!parsedPaths.contains(key)) {
                unreadable.add(key);
            }
        });
        SiteModel model = new ModelBuilder().build(config, documents, content.files(), unreadable, diagnostics);

        Theme theme = new Theme(config.theme(), root.resolve("themes"));
        ThemeStrings strings = ThemeStrings.load(theme, List.copyOf(languages), config.defaultLanguage(), diagnostics);
        TemplateEngine engine = new TemplateEngine(theme);
        TranslationStatus status = TranslationStatus.of(model);
        Taxonomies taxonomies = new TaxonomyLoader().load(root, diagnostics);
        CountryHub hub = new CountryHub(model, new CountryLoader().load(root, diagnostics));
        hub.reportUnknownCountries(diagnostics);
        Indexes indexes = new IndexBuilder(model, taxonomies, hub).build(diagnostics);
        PageRenderer renderer = new PageRenderer(model, indexes, engine, strings, status, hub);

        times.end("model");
        Map<String, AccessibilityCheck.Origin> origins = new java.util.concurrent.ConcurrentHashMap<>();
        model.pages().parallelStream().forEach(page -> {
            Optional<Mustache> layout = engine.layout(page.kind().layout(), diagnostics);
            String file = page.site().name() + "/" + page.outputFile();
            SourceFile source = page.document().source().source();
            origins.put(file, new AccessibilityCheck.Origin(Optional.of(source.path()),
                    Optional.of(source.language() + "/" + source.relativePath()), page.kind().layout()));
            java.util.function.Supplier<String> recipe = () -> {
                PageLinks links = new PageLinks(model, page, strings, diagnostics);
                String body = markdownRenderer.render(page.document(), links, checkOutput);
                try {
                    return renderer.render(layout.orElseThrow(), page, body);
                } catch (TemplateEngine.TemplateFailure e) {
                    diagnostics.error("theme.template", SourcePosition.of(Path.of(theme.describe(e.template()))),
                            "template failed while rendering " + page.sourcePath() + ": " + e.getMessage(),
                            "check that every partial it includes exists in the theme");
                    return "";
                }
            };
            if (layout.isEmpty()) {
                return;
            }
            // In a preview, a page whose file was just (re)parsed renders now, so that its link errors are
            // reported, and the others when a reader asks for them; a build renders each page as it checks it.
            if (!checkOutput && reparsed.contains(page.document().source().source().path())) {
                tree.put(file, recipe.get());
            } else {
                tree.putLazily(file, recipe);
            }
        });
        Optional<Mustache> list = engine.layout("list", diagnostics);
        Optional<Mustache> countryIndex = hub.isEmpty() ? Optional.empty() : engine.layout("countries", diagnostics);
        Optional<Mustache> country = hub.isEmpty() ? Optional.empty() : engine.layout("country", diagnostics);
        indexes.pages().parallelStream().forEach(index -> {
            String file = index.site().name() + "/" + index.urlPath() + "index.html";
            origins.put(file, new AccessibilityCheck.Origin(Optional.empty(), Optional.empty(),
                    index.key().equals("countries") ? "countries" : index.titleKey().equals("countryPage") ? "country" : "list"));
            // Generated pages render when first needed: all of them in a build, those asked for in a preview.
            if (index.key().equals("countries")) {
                countryIndex.ifPresent(layout -> tree.putLazily(file, () -> renderer.renderCountryIndex(layout, index)));
            } else if (index.titleKey().equals("countryPage")) {
                country.ifPresent(layout -> tree.putLazily(file, () -> renderer.renderCountry(layout, index)));
            } else {
                list.ifPresent(layout -> tree.putLazily(file, () -> renderer.renderIndex(layout, index)));
            }
        });
        engine.layout("redirect", diagnostics).ifPresent(layout -> model.redirects().forEach(redirect -> {
            String file = redirect.site().name() + "/" + redirect.outputFile();
            origins.put(file, new AccessibilityCheck.Origin(Optional.empty(), Optional.empty(), "redirect"));
            tree.put(file, renderer.renderRedirect(layout, redirect));
        }));
        FeedRenderer feeds = new FeedRenderer(model, strings);
        for (LanguageConfig language : config.languages()) {
            tree.putLazily(config.siteOf(language.code()).name() + "/" + model.languagePrefix(language.code()) + FeedRenderer.FILE,
                    () -> feeds.feed(language.code()));
        }
        SitemapRenderer sitemaps = new SitemapRenderer(model, indexes);
        Optional<Mustache> notFound = engine.layout("404", diagnostics);
        for (SiteTarget site : config.sites()) {
            if (site.isMultilingual()) {
                origins.put(site.name() + "/index.html", new AccessibilityCheck.Origin(Optional.empty(), Optional.empty(), "languages"));
                engine.layout("languages", diagnostics).ifPresent(layout ->
                        tree.put(site.name() + "/index.html", renderer.renderLanguageChooser(layout, site)));
            }
            String lead = site.hosts(config.defaultLanguage()) ? config.defaultLanguage() : site.languages().get(0);
            for (String language : site.languages()) {
                notFound.ifPresent(layout -> {
                    String page = renderer.renderNotFound(layout, language);
                    AccessibilityCheck.Origin notFoundOrigin = new AccessibilityCheck.Origin(Optional.empty(), Optional.empty(), "404");
                    origins.put(site.name() + "/" + model.languagePrefix(language) + "404.html", notFoundOrigin);
                    tree.put(site.name() + "/" + model.languagePrefix(language) + "404.html", page);
                    if (site.isMultilingual() && language.equals(lead)) {
                        origins.put(site.name() + "/404.html", notFoundOrigin);
                        tree.put(site.name() + "/404.html", page);
                    }
                });
            }
            tree.putLazily(site.name() + "/sitemap.xml", () -> sitemaps.sitemap(site));
            tree.put(site.name() + "/robots.txt", sitemaps.robots(site));
            copyAssets(theme, site, tree, diagnostics);
        }
        for (StaticFile file : model.files()) {
            SiteTarget site = config.siteOf(file.language());
            tree.put(site.name() + "/" + model.languagePrefix(file.language()) + file.relativePath(), Files.readAllBytes(file.path()));
        }
        times.end("render");
        if (checkOutput) {
            checkPages(root, config, theme, tree, reports, origins, diagnostics, times, staging);
        }
        TranslationReport report = new TranslationReport(model, status);
        reports.put("translations/status.json", report.json());
        reports.put("translations/index.html", report.html());
        List<BuildReport.LanguageSummary> summaries = new ArrayList<>();
        for (SiteTarget site : config.sites()) {
            for (String language : site.languages()) {
                List<Page> pages = model.pages(language);
                int questions = pages.stream().filter(p -> !p.isFallbackCopy()).mapToInt(p -> p.document().questions().size()).sum();
                int copies = (int) pages.stream().filter(Page::isFallbackCopy).count();
                summaries.add(new BuildReport.LanguageSummary(site.name(), language, pages.size(), questions, copies));
            }
        }
        List<BuildReport.TranslationSummary> translations = new ArrayList<>();
        for (LanguageConfig language : config.languages()) {
            if (!language.code().equals(config.defaultLanguage())) {
                String code = language.code();
                translations.add(new BuildReport.TranslationSummary(code, status.count(code, TranslationStatus.State.CURRENT),
                        status.count(code, TranslationStatus.State.STALE), status.count(code, TranslationStatus.State.MISSING)));
            }
        }
        return new Generated(summaries, translations, config.sites());
    }

    /**
     * Renders, checks and stages every page, one page at a time on each worker: rendered, parsed once,
     * reduced to the facts the site-wide checks need, checked for accessibility, stripped of its source
     * marks and written, so that no more than the pages in hand are held in memory. Then the links and
     * alternates of all pages are checked together. When content mistakes were found before, pages are
     * still rendered (for their own errors) but not checked, as a failing build is not written.
     */
    private static void checkPages(Path root, SiteConfig config, Theme theme, OutputTree tree, OutputTree reports,
                                   Map<String, AccessibilityCheck.Origin> origins, Diagnostics diagnostics, StageTimes times,
                                   Optional<StagingFolder> staging) throws IOException {
        boolean checking = !diagnostics.hasErrors();
        java.util.SortedSet<String> paths = tree.paths();
        List<String> pages = paths.stream().filter(path -> path.endsWith(".html")).toList();
        // a mistake in the waivers file is reported, but does not stop the pages being checked
        Diagnostics waiverDiagnostics = new Diagnostics();
        AccessibilityWaivers waivers = checking ? AccessibilityWaivers.load(root, waiverDiagnostics) : null;
        AccessibilityCheck accessibility = new AccessibilityCheck(new TemplateLocator(theme), waivers,
                tree.files(path -> !path.endsWith(".html")), origins);
        Map<String, ParsedPages.Facts> facts = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Queue<AccessibilityCheck.Result> pageResults = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.LongAdder renderNanos = new java.util.concurrent.atomic.LongAdder();
        java.util.concurrent.atomic.LongAdder parseNanos = new java.util.concurrent.atomic.LongAdder();
        java.util.concurrent.atomic.LongAdder accessibilityNanos = new java.util.concurrent.atomic.LongAdder();
        java.util.concurrent.atomic.LongAdder writeNanos = new java.util.concurrent.atomic.LongAdder();
        try {
            pages.parallelStream().forEach(path -> {
                long started = System.nanoTime();
                String html = tree.takeText(path).orElseThrow();
                long rendered = System.nanoTime();
                renderNanos.add(rendered - started);
                if (!checking) {
                    return;
                }
                org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(html);
                facts.put(path, ParsedPages.facts(document));
                long parsed = System.nanoTime();
                parseNanos.add(parsed - rendered);
                pageResults.addAll(accessibility.checkPage(path, document));
                long checked = System.nanoTime();
                accessibilityNanos.add(checked - parsed);
                byte[] clean = SourceMarks.strip(html).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (staging.isPresent()) {
                    try {
                        staging.get().write(path, clean);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                writeNanos.add(System.nanoTime() - checked);
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        boolean renderedCleanly = !diagnostics.hasErrors();
        waiverDiagnostics.sorted().forEach(diagnostics::add);
        if (checking && renderedCleanly) {
            ParsedPages parsed = ParsedPages.ofFacts(facts);
            for (LinkCrawler.Problem problem : new LinkCrawler(config.sites()).check(paths, parsed)) {
                diagnostics.error("output.broken-link", SourcePosition.of(Path.of("target/site", problem.file())),
                        "generated link '" + problem.url() + "' " + problem.reason(),
                        "a theme template or the generator wrote this link; fix the template that renders it");
            }
            for (HreflangCheck.Problem problem : new HreflangCheck(config.sites()).check(parsed)) {
                diagnostics.error("output.hreflang", SourcePosition.of(Path.of("target/site", problem.file())), problem.reason(),
                        "alternates come from translationKey; check the theme's <head>");
            }
            reportAccessibility(root, waivers, accessibility.finish(parsed, pageResults), parsed, reports, diagnostics);
        }
        times.end("render, check and write pages");
        times.add("(thread time) rendering", renderNanos.sum() / 1_000_000);
        times.add("(thread time) HTML parsing", parseNanos.sum() / 1_000_000);
        times.add("(thread time) accessibility", accessibilityNanos.sum() / 1_000_000);
        times.add("(thread time) writing", writeNanos.sum() / 1_000_000);
    }

    /**
     * Runs the WCAG checker on every page: each finding not waived in {@code data/accessibility.yaml}
     * is an error at its Markdown line or template; the reports list them all, waivers with their reasons.
     */
    private static void reportAccessibility(Path root, AccessibilityWaivers waivers, List<AccessibilityCheck.Result> results,
                                            ParsedPages parsed, OutputTree reports, Diagnostics diagnostics) {
        Set<AccessibilityWaivers.Waiver> used = new java.util.HashSet<>();
        for (AccessibilityCheck.Result result : results) {
            if (result.waiver().isPresent()) {
                used.add(result.waiver().get());
                continue;
            }
            String message = "(WCAG " + result.rule().criterion() + " " + result.rule().level() + ") " + result.message();
            if (result.rule() == A11yRule.DUPLICATE_TITLE) {
                // two questions may share a wording across topics; whether each title still describes its
                // page is a judgement, so the build reports it and goes on
                diagnostics.warning(result.rule().code(), result.position(), message, result.hint());
            } else {
                diagnostics.error(result.rule().code(), result.position(), message, result.hint());
            }
        }
        for (AccessibilityWaivers.Waiver waiver : waivers.waivers()) {
            if (!used.contains(waiver)) {
                diagnostics.warning("a11y.waiver-unused", waiver.position(), "the waiver of " + waiver.rule().code() + " on "
                        + waiver.page() + " matches no finding", "remove it: the page now meets the rule");
            }
        }
        AccessibilityReport report = new AccessibilityReport(results, List.copyOf(parsed.pages().keySet()), root);
        // rendered when written, side by side with the other reports
        reports.putLazily("accessibility/index.html", report::html);
        reports.putLazily("accessibility/report.json", report::json);
        reports.putLazily("accessibility/junit.xml", report::junitXml);
    }

    /** A language without {@code index.md} still gets a home page, titled with the site's title. */
    private static List<SourceFile> missingHomes(Path contentDir, SiteConfig config, ContentSet content) {
        List<SourceFile> homes = new ArrayList<>();
        for (LanguageConfig language : config.languages()) {
            boolean hasHome = content.pages().stream().anyMatch(p -> p.language().equals(language.code())
                    && (p.relativePath().equals("index.md") || p.relativePath().equals("_index.md")));
            if (!hasHome) {
                String title = config.title(language.code()).replace("\\", "\\\\").replace("\"", "\\\"");
                homes.add(new SourceFile(contentDir.resolve(language.code()).resolve("index.md"), language.code(), "index.md",
                        "---\ntitle: \"" + title + "\"\n---\n"));
            }
        }
        return homes;
    }

    private static void copyAssets(Theme theme, SiteTarget site, OutputTree tree, Diagnostics diagnostics) throws IOException {
        List<String> builtIn = new ArrayList<>();
        theme.readText("theme.yaml").ifPresent(text -> new YamlTree(Path.of(theme.describe("theme.yaml")), 0)
                .parseMapping(text, diagnostics, "theme.invalid").ifPresent(entries -> entries.stream()
                        .filter(e -> e.key().equals("assets"))
                        .forEach(e -> YamlTree.scalarList(e.value()).ifPresent(list -> list.forEach(s -> builtIn.add(s.getValue()))))));
        for (String asset : theme.assets(builtIn)) {
            Optional<byte[]> bytes = theme.read("assets/" + asset);
            if (bytes.isPresent()) {
                tree.put(site.name() + "/assets/" + asset, bytes.get());
            } else {
                diagnostics.error("theme.missing-asset", SourcePosition.of(Path.of(theme.describe("theme.yaml"))),
                        "theme.yaml lists asset '" + asset + "' that does not exist", "add assets/" + asset + " or remove it from the list");
            }
        }
    }
}
