package org.ilo.helpdesk.ssg.taxonomies;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.yaml.YamlTree;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads {@code data/taxonomies.yaml}: vocabulary → term → language → label. The file is optional. Maps
 * keep the file's order, which indexes follow.
 */
public final class TaxonomyLoader {

    private static final String CODE = "data.invalid";

    public Taxonomies load(Path siteRoot, Diagnostics diagnostics) throws IOException {
        Path file = siteRoot.resolve("data").resolve("taxonomies.yaml");
        if (!Files.isRegularFile(file)) {
            return Taxonomies.empty();
        }
        YamlTree tree = new YamlTree(file, 0);
        Optional<List<YamlTree.Entry>> vocabularies = tree.parseMapping(Files.readString(file, StandardCharsets.UTF_8), diagnostics, CODE);
        Map<String, Map<String, Map<String, String>>> result = new LinkedHashMap<>();
        for (YamlTree.Entry vocabulary : vocabularies.orElse(List.of())) {
            if (!(vocabulary.value() instanceof MappingNode terms)) {
                diagnostics.error(CODE, tree.position(vocabulary.value()), "'" + vocabulary.key() + "' must map terms to labels",
                        "write 'term: {en: \"Label\", fr: \"Libellé\"}'");
                continue;
            }
            Map<String, Map<String, String>> labelsByTerm = new LinkedHashMap<>();
            for (YamlTree.Entry term : tree.entries(terms, diagnostics, CODE)) {
                if (!(term.value() instanceof MappingNode labels)) {
                    diagnostics.error(CODE, tree.position(term.value()), "'" + term.key() + "' must map languages to labels",
                            "write '" + term.key() + ": {en: \"Label\"}'");
                    continue;
                }
                Map<String, String> byLanguage = new LinkedHashMap<>();
                for (YamlTree.Entry label : tree.entries(labels, diagnostics, CODE)) {
                    YamlTree.scalar(label.value()).ifPresent(text -> byLanguage.put(label.key(), text));
                }
                labelsByTerm.put(term.key(), Collections.unmodifiableMap(byLanguage));
            }
            result.put(vocabulary.key(), Collections.unmodifiableMap(labelsByTerm));
        }
        return new Taxonomies(result);
    }
}
