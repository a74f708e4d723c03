package org.ilo.helpdesk.ssg.templates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.yaml.YamlTree;

/**
 * The user-interface strings of a theme ({@code i18n/<lang>.yaml}): menu labels, "Question",
 * "Skip to content". A site's own file overrides the built-in one key by key; a key missing in a
 * language falls back to the default language's string.
 */
public final class ThemeStrings {

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

}
