package org.ilo.helpdesk.ssg.templates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.ilo.helpdesk.ssg.model.LanguageMarker;
import org.ilo.helpdesk.ssg.yaml.YamlTree;

/**
 * The user-interface strings of a theme ({@code i18n/<lang>.yaml}): menu labels, "Question",
 * "Skip to content". A site's own file overrides the built-in one key by key; a key missing in a
 * language falls back to the default language's string.
 */
public final class ThemeStrings implements LanguageMarker {

    private final Map<String, Map<String, String>> byLanguage;

    private ThemeStrings(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static ThemeStrings load(Theme theme, List<String> languages, String defaultLanguage, Diagnostics diagnostics)
            throws IOException {
        Map<String, Map<String, String>> loaded = new LinkedHashMap<>();
        for (String language : languages) {
            String path = "i18n/" + language + ".yaml";
            Map<String, String> strings = new LinkedHashMap<>();
            for (Map.Entry<String, String> layer : theme.layers(path)) {
                YamlTree tree = new YamlTree(Path.of(layer.getKey()), 0);
                tree.parseMapping(layer.getValue(), diagnostics, "theme.strings").ifPresent(entries -> {
                    for (YamlTree.Entry entry : entries) {
                        YamlTree.scalar(entry.value()).ifPresentOrElse(v -> strings.put(entry.key(), v),
                                () -> diagnostics.error("theme.strings", entry.keyPosition(),
                                        "string '" + entry.key() + "' must be text", "write it on one line"));
                    }
                });
            }
            loaded.put(language, strings);
        }
        Map<String, String> fallback = loaded.getOrDefault(defaultLanguage, Map.of());
        Map<String, Map<String, String>> merged = new LinkedHashMap<>();
        for (String language : languages) {
            for (String key : fallback.keySet()) {
                if (!loaded.get(language).containsKey(key)) {
                    diagnostics.warning("theme.missing-string",
                            SourcePosition.of(Path.of(theme.describe("i18n/" + language + ".yaml"))),
                            "string '" + key + "' is missing for language '" + language + "'",
                            "add '" + key + ": ...' to i18n/" + language + ".yaml; the " + defaultLanguage + " text is shown meanwhile");
                }
            }
            Map<String, String> strings = new LinkedHashMap<>(fallback);
            strings.putAll(loaded.get(language));
            merged.put(language, Map.copyOf(strings));
        }
        return new ThemeStrings(Map.copyOf(merged));
    }

    public Map<String, String> of(String language) {
        return byLanguage.getOrDefault(language, Map.of());
    }

    public String get(String language, String key) {
        return of(language).getOrDefault(key, key);
    }

    /** The string {@code key} with each {@code {name}} replaced by its value. */
    public String format(String language, String key, Map<String, String> values) {
        String text = get(language, key);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    /** The name of {@code language} written in {@code inLanguage}, from the JDK's CLDR data. */
    public static String languageName(String language, String inLanguage) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(inLanguage);
        return java.util.Locale.forLanguageTag(language).getDisplayLanguage(locale);
    }

    @Override
    public String marker(String textLanguage, String targetLanguage) {
        return format(textLanguage, "inLanguage", Map.of("language", languageName(targetLanguage, textLanguage)));
    }

}
