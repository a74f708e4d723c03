package org.ilo.helpdesk.ssg.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ilo.helpdesk.ssg.checks.a11y.A11yRule;
import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.ilo.helpdesk.ssg.yaml.YamlTree;
import org.jsoup.nodes.Element;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Accessibility findings accepted on purpose, from {@code data/accessibility.yaml}: each names a
 * page (a content file such as {@code en/qa/wages.md}, or a generated file such as
 * {@code main/en/countries/index.html}; {@code *} matches within a path segment, {@code **} across),
 * a rule, optionally one element (a CSS selector), and the reason, which is required and printed in
 * the report.
 */
public final class AccessibilityWaivers {

    /** One waiver as written, with where it was written. */
    public record Waiver(String page, A11yRule rule, Optional<String> element, String reason, SourcePosition position) {

        boolean coversPage(String contentPath, String outputPath) {
            Pattern glob = glob(page);
            return (contentPath != null && glob.matcher(contentPath).matches()) || glob.matcher(outputPath).matches();
        }

        boolean coversElement(Element e) {
            if (element.isEmpty()) {
                return true;
            }
            try {
                for (Element a = e; a != null; a = a.parent()) {
                    if (a.is(element.get())) {
                        return true;
                    }
                }
            } catch (IllegalArgumentException invalid) {
                return false;
            }
            return false;
        }
    }

    private final List<Waiver> waivers;

    public AccessibilityWaivers(List<Waiver> waivers) {
        this.waivers = List.copyOf(waivers);
    }

    public List<Waiver> waivers() {
        return waivers;
    }

    /** The waiver that covers a finding, if any. */
    public Optional<Waiver> find(A11yRule rule, String contentPath, String outputPath, Element element) {
        for (Waiver w : waivers) {
            if (w.rule() == rule && w.coversPage(contentPath, outputPath) && w.coversElement(element)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    public static AccessibilityWaivers load(Path siteRoot, Diagnostics diagnostics) throws IOException {
        Path file = siteRoot.resolve("data").resolve("accessibility.yaml");
        List<Waiver> waivers = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return new AccessibilityWaivers(waivers);
        }
        YamlTree tree = new YamlTree(file, 0);
        for (YamlTree.Entry entry : tree.parseMapping(Files.readString(file, StandardCharsets.UTF_8), diagnostics, "data.invalid")
                .orElse(List.of())) {
            if (!entry.key().equals("waivers") || !(entry.value() instanceof SequenceNode list)) {
                diagnostics.error("data.invalid", entry.keyPosition(), "data/accessibility.yaml takes one key, 'waivers', a list",
                        "write 'waivers:' followed by '- {page: …, rule: a11y.…, reason: …}' items");
                continue;
            }
            for (Node item : list.getValue()) {
                Map<String, String> fields = new LinkedHashMap<>();
                if (item instanceof MappingNode mapping) {
                    tree.entries(mapping, diagnostics, "data.invalid")
                            .forEach(f -> YamlTree.scalar(f.value()).ifPresent(v -> fields.put(f.key(), v)));
                }
                SourcePosition position = tree.position(item);
                String page = fields.get("page");
                String ruleName = fields.get("rule");
                String reason = fields.get("reason");
                Optional<A11yRule> rule = ruleName == null ? Optional.empty() : A11yRule.byId(ruleName);
                if (page == null || ruleName == null) {
                    diagnostics.error("a11y.waiver", position, "a waiver needs a page and a rule",
                            "write '- {page: en/qa/wages.md, rule: a11y.link-text, reason: \"…\"}'");
                } else if (rule.isEmpty()) {
                    diagnostics.error("a11y.waiver", position, "unknown accessibility rule '" + ruleName + "'",
                            "use a code printed by the checker, such as a11y.link-text");
                } else if (reason == null || reason.isBlank()) {
                    diagnostics.error("a11y.waiver", position, "the waiver of " + rule.get().code() + " on " + page + " gives no reason",
                            "add 'reason: \"…\"' saying why the page cannot meet WCAG " + rule.get().criterion() + " here");
                } else {
                    waivers.add(new Waiver(page, rule.get(), Optional.ofNullable(fields.get("element")), reason.trim(), position));
                }
            }
        }
        return new AccessibilityWaivers(waivers);
    }

    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    regex.append(".*");
                    i++;
                } else {
                    regex.append("[^/]*");
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
