package org.ilo.helpdesk.ssg.taxonomies;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.yaml.YamlTree;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads {@code data/countries.yaml}; without it the site has no country hub. */
public final class CountryLoader {

    private static final String CODE = "data.invalid";

    public Countries load(Path siteRoot, Diagnostics diagnostics) throws IOException {
        Path file = siteRoot.resolve("data").resolve("countries.yaml");
        if (!Files.isRegularFile(file)) {
            return Countries.none();
        }
        YamlTree tree = new YamlTree(file, 0);
        Optional<List<YamlTree.Entry>> entries = tree.parseMapping(Files.readString(file, StandardCharsets.UTF_8), diagnostics, CODE);
        List<Countries.Country> countries = new ArrayList<>();
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        Map<String, Map<String, String>> readings = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (YamlTree.Entry entry : entries.orElse(List.of())) {
            switch (entry.key()) {
                case "countries" -> {
                    if (!(entry.value() instanceof SequenceNode list)) {
                        diagnostics.error(CODE, tree.position(entry.value()), "'countries' must be a list", "write '- {iso2: CO, iso3: COL, region: americas}'");
                        continue;
                    }
                    for (Node item : list.getValue()) {
                        Map<String, String> fields = new LinkedHashMap<>();
                        if (item instanceof MappingNode mapping) {
                            tree.entries(mapping, diagnostics, CODE).forEach(f -> YamlTree.scalar(f.value()).ifPresent(v -> fields.put(f.key(), v)));
                        }
                        String iso2 = fields.getOrDefault("iso2", "");
                        String iso3 = fields.getOrDefault("iso3", "");
                        String region = fields.getOrDefault("region", "");
                        if (!iso2.matches("[A-Z]{2}") || !iso3.matches("[A-Z]{3}") || !Countries.REGIONS.contains(region)) {
                            diagnostics.error(CODE, tree.position(item), "a country needs iso2, iso3 and region",
                                    "write '- {iso2: CO, iso3: COL, region: americas}' with region one of " + Countries.REGIONS);
                        } else if (!seen.add(iso2)) {
                            diagnostics.error(CODE, tree.position(item), "country " + iso2 + " is listed twice", "remove the repeated entry");
                        } else {
                            countries.add(new Countries.Country(iso2, iso3, region));
                        }
                    }
                }
                case "names" -> names.putAll(perLanguage(tree, entry, diagnostics));
                case "readings" -> readings.putAll(perLanguage(tree, entry, diagnostics));
                default -> diagnostics.error(CODE, entry.keyPosition(), "unknown key '" + entry.key() + "'",
                        "use countries, names and readings");
            }
        }
        return new Countries(countries, names, readings);
    }

    private static Map<String, Map<String, String>> perLanguage(YamlTree tree, YamlTree.Entry entry, Diagnostics diagnostics) {
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        if (!(entry.value() instanceof MappingNode languages)) {
            diagnostics.error(CODE, tree.position(entry.value()), "'" + entry.key() + "' must map languages to {ISO2: text}",
                    "write '" + entry.key() + ":' then 'en: {VN: \"Viet Nam\"}'");
            return byLanguage;
        }
        for (YamlTree.Entry language : tree.entries(languages, diagnostics, CODE)) {
            Map<String, String> values = new LinkedHashMap<>();
            if (language.value() instanceof MappingNode mapping) {
                tree.entries(mapping, diagnostics, CODE).forEach(f -> YamlTree.scalar(f.value()).ifPresent(v -> values.put(f.key(), v)));
            }
            byLanguage.put(language.key(), Map.copyOf(values));
        }
        return byLanguage;
    }
}
