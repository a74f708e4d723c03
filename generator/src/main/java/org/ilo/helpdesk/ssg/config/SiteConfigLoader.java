package org.ilo.helpdesk.ssg.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.ilo.helpdesk.ssg.yaml.Suggestions;
import org.ilo.helpdesk.ssg.yaml.YamlTree;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code site.yaml}. Without one, the languages are the folders found under {@code content/}
 * and they are published together as one site.
 */
public final class SiteConfigLoader {

    private static final String CODE = "config.invalid";
    private static final Set<String> TOP_KEYS = Set.of("title", "tagline", "defaultLanguage", "languages", "sites", "theme",
            "paginate", "featured", "organization", "countryLinks");
    private static final Set<String> ORGANIZATION_KEYS = Set.of("name", "url", "email", "streetAddress", "postalCode",
            "addressLocality", "addressCountry", "parentName", "parentUrl");
    private static final Set<String> LANGUAGE_KEYS = Set.of("code", "name", "locale", "direction");
    private static final Set<String> SITE_KEYS = Set.of("name", "baseUrl", "languages", "fallback");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern SITE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public SiteConfig load(Path siteRoot, List<String> contentLanguages, Diagnostics diagnostics) throws IOException {
        Path file = siteRoot.resolve("site.yaml");
        if (!Files.isRegularFile(file)) {
            return defaults(contentLanguages);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        YamlTree tree = new YamlTree(file, 0);
        Optional<List<YamlTree.Entry>> entries = tree.parseMapping(text, diagnostics, CODE);
        if (entries.isEmpty()) {
            return defaults(contentLanguages);
        }
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> taglines = new LinkedHashMap<>();
        List<LanguageConfig> languages = new ArrayList<>();
        List<SiteTarget> sites = new ArrayList<>();
        String defaultLanguage = null;
        String theme = "helpdesk";
        int paginate = SiteConfig.DEFAULT_PAGINATE;
        List<String> featured = new ArrayList<>();
        Map<String, String> organization = new LinkedHashMap<>();
        List<CountryLinkTheme> countryLinks = new ArrayList<>();
        SourcePosition defaultLanguagePosition = new SourcePosition(file, 1, 1);
        for (YamlTree.Entry entry : entries.get()) {
            switch (entry.key()) {
                case "title" -> titles.putAll(perLanguage(tree, entry, diagnostics));
                case "tagline" -> taglines.putAll(perLanguage(tree, entry, diagnostics));
                case "defaultLanguage" -> {
                    defaultLanguage = YamlTree.scalar(entry.value()).orElse(null);
                    defaultLanguagePosition = tree.position(entry.value());
                }
                case "theme" -> theme = YamlTree.scalar(entry.value()).orElse(theme);
                case "paginate" -> {
                    Optional<String> value = YamlTree.scalar(entry.value());
                    if (value.isPresent() && value.get().matches("[1-9][0-9]{0,4}")) {
                        paginate = Integer.parseInt(value.get());
                    } else {
                        diagnostics.error(CODE, tree.position(entry.value()), "'paginate' must be a positive whole number",
                                "write 'paginate: 50'");
                    }
                }
                case "countryLinks" -> countryLinks.addAll(countryLinks(tree, entry, diagnostics));
                case "organization" -> {
                    if (entry.value() instanceof MappingNode mapping) {
                        organization.putAll(fields(tree, mapping, ORGANIZATION_KEYS, diagnostics));
                    } else {
                        diagnostics.error(CODE, tree.position(entry.value()), "'organization' must be a mapping",
                                "write 'organization:' then 'name: ...', 'url: ...', 'email: ...' lines");
                    }
                }
                case "featured" -> YamlTree.scalarList(entry.value()).ifPresentOrElse(
                        list -> list.forEach(item -> featured.add(item.getValue())),
                        () -> diagnostics.error(CODE, tree.position(entry.value()), "'featured' must be a list of topics",
                                "write 'featured: [wages, osh]'"));
                case "languages" -> languages.addAll(languages(tree, entry, diagnostics));
                case "sites" -> sites.addAll(sites(tree, entry, diagnostics));
                default -> unknownKey(entry, TOP_KEYS, diagnostics);
            }
        }
        if (languages.isEmpty()) {
            contentLanguages.forEach(code -> languages.add(LanguageConfig.fromCode(code)));
        }
        if (defaultLanguage == null) {
            defaultLanguage = languages.isEmpty() ? "en" : languages.get(0).code();
        } else if (!hasLanguage(languages, defaultLanguage)) {
            diagnostics.error(CODE, defaultLanguagePosition, "defaultLanguage '" + defaultLanguage + "' is not among the languages",
                    "use one of the codes listed under 'languages'");
        }
        if (sites.isEmpty()) {
            sites.add(new SiteTarget("main", "/", languages.stream().map(LanguageConfig::code).toList()));
        }
        checkSitesCoverLanguages(file, languages, sites, diagnostics);
        return new SiteConfig(titles, taglines, languages, defaultLanguage, sites, theme, paginate, featured, organization,
                countryLinks);
    }

    private static boolean hasLanguage(List<LanguageConfig> languages, String code) {
        return languages.stream().anyMatch(l -> l.code().equals(code));
    }

    private static SiteConfig defaults(List<String> contentLanguages) {
        List<String> codes = contentLanguages.isEmpty() ? List.of("en") : contentLanguages;
        List<LanguageConfig> languages = codes.stream().map(LanguageConfig::fromCode).toList();
        String defaultLanguage = codes.contains("en") ? "en" : codes.get(0);
        return new SiteConfig(Map.of(), Map.of(), languages, defaultLanguage,
                List.of(new SiteTarget("main", "/", codes)), "helpdesk", SiteConfig.DEFAULT_PAGINATE, List.of(), Map.of(),
                List.of());
    }

    private static void checkSitesCoverLanguages(Path file, List<LanguageConfig> languages, List<SiteTarget> sites,
                                                 Diagnostics diagnostics) {
        for (LanguageConfig language : languages) {
            long hosts = sites.stream().filter(s -> s.hosts(language.code())).count();
            if (hosts != 1) {
                diagnostics.error(CODE, new SourcePosition(file, 1, 1),
                        "language '" + language.code() + "' is published by " + hosts + " sites",
                        "list every language in exactly one entry of 'sites'");
            }
        }
        for (SiteTarget site : sites) {
            for (String code : site.languages()) {
                if (languages.stream().noneMatch(l -> l.code().equals(code))) {
                    diagnostics.error(CODE, new SourcePosition(file, 1, 1),
                            "site '" + site.name() + "' lists language '" + code + "' that is not declared",
                            "add it under 'languages' or remove it from the site");
                }
            }
        }
    }

    private static Map<String, String> perLanguage(YamlTree tree, YamlTree.Entry entry, Diagnostics diagnostics) {
        Map<String, String> values = new LinkedHashMap<>();
        if (entry.value() instanceof ScalarNode scalar) {
            values.put("*", scalar.getValue());
        } else if (entry.value() instanceof MappingNode mapping) {
            for (YamlTree.Entry item : tree.entries(mapping, diagnostics, CODE)) {
                YamlTree.scalar(item.value()).ifPresentOrElse(v -> values.put(item.key(), v),
                        () -> diagnostics.error(CODE, tree.position(item.value()), "'" + entry.key() + "." + item.key()
                                + "' must be text", "write the text on the same line"));
            }
        } else {
            diagnostics.error(CODE, tree.position(entry.value()), "'" + entry.key() + "' must be text or a mapping from language to text",
                    "write '" + entry.key() + ":' then one 'en: ...' line per language");
        }
        String shared = values.remove("*");
        if (shared != null) {
            values.put("", shared);
        }
        return values;
    }

    /** {@code countryLinks: {theme: [{name: normlex, url: "...{iso3}...", fr: "..."}]}} */
    private static List<CountryLinkTheme> countryLinks(YamlTree tree, YamlTree.Entry entry, Diagnostics diagnostics) {
        List<CountryLinkTheme> themes = new ArrayList<>();
        if (!(entry.value() instanceof MappingNode mapping)) {
            diagnostics.error(CODE, tree.position(entry.value()), "'countryLinks' must map themes to lists of links",
                    "write 'countryLinks:' then 'standards:' and '- {name: normlex, url: \"https://...{iso3}\"}'");
            return themes;
        }
        for (YamlTree.Entry theme : tree.entries(mapping, diagnostics, CODE)) {
            if (!(theme.value() instanceof SequenceNode links)) {
                diagnostics.error(CODE, tree.position(theme.value()), "theme '" + theme.key() + "' must be a list of links",
                        "start each link with '- {name: ..., url: ...}'");
                continue;
            }
            List<CountryLinkTheme.Link> parsed = new ArrayList<>();
            for (Node item : links.getValue()) {
                if (!(item instanceof MappingNode link)) {
                    diagnostics.error(CODE, tree.position(item), "a country link must be a mapping", "write '- {name: ..., url: ...}'");
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (YamlTree.Entry field : tree.entries(link, diagnostics, CODE)) {
                    YamlTree.scalar(field.value()).ifPresent(v -> fields.put(field.key(), v));
                }
                String name = fields.remove("name");
                String url = fields.remove("url");
                if (name == null || url == null || !url.startsWith("https://")) {
                    diagnostics.error(CODE, tree.position(item), "a country link needs a 'name' and an https 'url'",
                            "write '- {name: normlex, url: \"https://normlex.ilo.org/...{iso3}\"}'");
                    continue;
                }
                parsed.add(new CountryLinkTheme.Link(name, url, fields));
            }
            themes.add(new CountryLinkTheme(theme.key(), parsed));
        }
        return themes;
    }

    private static List<LanguageConfig> languages(YamlTree tree, YamlTree.Entry entry, Diagnostics diagnostics) {
        List<LanguageConfig> languages = new ArrayList<>();
        if (!(entry.value() instanceof SequenceNode sequence)) {
            diagnostics.error(CODE, tree.position(entry.value()), "'languages' must be a list", "start each language with '- code: ..'");
            return languages;
        }
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                diagnostics.error(CODE, tree.position(item), "a language must be a mapping", "write '- code: en' and 'name: English'");
                continue;
            }
            Map<String, String> fields = fields(tree, mapping, LANGUAGE_KEYS, diagnostics);
            String code = fields.get("code");
            if (code == null || !LANGUAGE_CODE.matcher(code).matches()) {
                diagnostics.error(CODE, tree.position(item), "a language needs a 'code' such as 'en' or 'zh'",
                        "use a lower-case BCP 47 language code; it is also the folder name under content/");
                continue;
            }
            LanguageConfig fallback = LanguageConfig.fromCode(code);
            String direction = fields.getOrDefault("direction", "ltr");
            if (!direction.equals("ltr") && !direction.equals("rtl")) {
                diagnostics.error(CODE, tree.position(item), "direction of '" + code + "' must be 'ltr' or 'rtl'", "write 'direction: rtl' for Arabic");
            }
            languages.add(new LanguageConfig(code, fields.getOrDefault("name", fallback.name()),
                    fields.getOrDefault("locale", code), direction));
        }
        return languages;
    }

    private static List<SiteTarget> sites(YamlTree tree, YamlTree.Entry entry, Diagnostics diagnostics) {
        List<SiteTarget> sites = new ArrayList<>();
        if (!(entry.value() instanceof SequenceNode sequence)) {
            diagnostics.error(CODE, tree.position(entry.value()), "'sites' must be a list", "start each site with '- name: ..'");
            return sites;
        }
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode mapping)) {
                diagnostics.error(CODE, tree.position(item), "a site must be a mapping", "write '- name: main' and 'baseUrl: ...'");
                continue;
            }
            String name = null;
            String baseUrl = "/";
            SiteTarget.FallbackPolicy fallback = SiteTarget.FallbackPolicy.LINK;
            List<String> languages = new ArrayList<>();
            for (YamlTree.Entry field : tree.entries(mapping, diagnostics, CODE)) {
                switch (field.key()) {
                    case "name" -> name = YamlTree.scalar(field.value()).orElse(null);
                    case "baseUrl" -> baseUrl = YamlTree.scalar(field.value()).orElse("/");
                    case "fallback" -> {
                        String policy = YamlTree.scalar(field.value()).orElse("");
                        if (policy.equals("link") || policy.equals("copy")) {
                            fallback = SiteTarget.FallbackPolicy.valueOf(policy.toUpperCase(java.util.Locale.ROOT));
                        } else {
                            diagnostics.error(CODE, tree.position(field.value()), "fallback '" + policy + "' is not a policy",
                                    "write 'fallback: link' (point to the default language) or 'fallback: copy' (render it here)");
                        }
                    }
                    case "languages" -> YamlTree.scalarList(field.value()).ifPresentOrElse(
                            list -> list.forEach(s -> languages.add(s.getValue())),
                            () -> diagnostics.error(CODE, tree.position(field.value()), "'languages' of a site must be a list of codes",
                                    "write 'languages: [en, fr, es]'"));
                    default -> unknownKey(field, SITE_KEYS, diagnostics);
                }
            }
            if (name == null || !SITE_NAME.matcher(name).matches()) {
                diagnostics.error(CODE, tree.position(item), "a site needs a 'name' made of lower-case letters, digits and '-'",
                        "the name is the folder of the site under target/site/");
                continue;
            }
            if (languages.isEmpty()) {
                diagnostics.error(CODE, tree.position(item), "site '" + name + "' publishes no language", "add 'languages: [en]'");
                continue;
            }
            sites.add(new SiteTarget(name, baseUrl, languages, fallback));
        }
        return sites;
    }

    private static Map<String, String> fields(YamlTree tree, MappingNode mapping, Set<String> known, Diagnostics diagnostics) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (YamlTree.Entry field : tree.entries(mapping, diagnostics, CODE)) {
            if (!known.contains(field.key())) {
                unknownKey(field, known, diagnostics);
                continue;
            }
            YamlTree.scalar(field.value()).ifPresentOrElse(v -> fields.put(field.key(), v),
                    () -> diagnostics.error(CODE, tree.position(field.value()), "'" + field.key() + "' must be a single value",
                            "write it on the same line as its key"));
        }
        return fields;
    }

    private static void unknownKey(YamlTree.Entry entry, Set<String> known, Diagnostics diagnostics) {
        String hint = Suggestions.closest(entry.key(), known).map(s -> "did you mean '" + s + "'?")
                .orElse("known keys: " + String.join(", ", known.stream().sorted().toList()));
        diagnostics.error(CODE, entry.keyPosition(), "unknown key '" + entry.key() + "'", hint);
    }
}
