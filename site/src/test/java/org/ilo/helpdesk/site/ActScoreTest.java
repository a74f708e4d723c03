package org.ilo.helpdesk.site;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.ilo.helpdesk.ssg.checks.a11y.FolderAudit;
import org.junit.jupiter.api.Test;

/**
 * Scores the built-in WCAG checker on W3C's ACT rules test cases, as {@code site:audit} sees them.
 *
 * <p>In scope: every ACT rule whose primary mapping is a WCAG 2.1 A or AA success criterion and whose
 * inputs are the DOM, CSS and accessibility tree, that is, not audio, video or a judgement of human
 * language (input aspects "Language", "Audio output", "Visual output", and the composite audio and
 * video rules). A {@code failed} case is detected when the audit reports a finding of one of the
 * rule's success criteria in its file; a {@code passed} or {@code inapplicable} case is a false alarm
 * when it does. Recall is detected failed cases over failed cases, specificity clean passed and
 * inapplicable cases over those cases. Text contrast (afw4f7, whose inputs include "Language") is
 * printed below the total, outside it.
 */
class ActScoreTest {

    private static final Set<String> MEDIA_RULES = Set.of("e7aa44", "80f0bf", "eac66b", "c5a4ea", "1ec09b", "c3232f");
    private static final Set<String> ALSO_PRINTED = Set.of("afw4f7");

    private record Rule(String id, String name, Set<String> criteria, boolean inScope) {
    }

    private static Path actFolder() {
        String configured = System.getenv("ACT_CASES");
        Path folder = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "act").toAbsolutePath().normalize();
        return folder;
    }

    @Test
    void checkerFindsMoreThanNineInTenFailuresOnActCasesAndRaisesFewerThanTwoFalseAlarmsInAHundred() throws IOException {
        Path act = actFolder();
        assumeTrue(Files.isRegularFile(act.resolve("testcases.json")), "W3C ACT test cases not found at " + act + " (set ACT_CASES)");

        List<FolderAudit.Entry> entries = new FolderAudit().audit(act.resolve("testcases"));
        Path report = Path.of("target", "act-audit.json");
        Files.createDirectories(report.getParent());
        Files.writeString(report, FolderAudit.json(entries), StandardCharsets.UTF_8);

        // read the report back, as any consumer of site:audit would
        Map<String, Set<String>> criteriaByFile = new HashMap<>();
        for (JsonElement e : JsonParser.parseString(Files.readString(report, StandardCharsets.UTF_8)).getAsJsonArray()) {
            JsonObject finding = e.getAsJsonObject();
            criteriaByFile.computeIfAbsent("testcases/" + finding.get("file").getAsString(), f -> new HashSet<>())
                    .add(finding.get("sc").getAsString());
        }

        Map<String, Rule> rules = rules(act.resolve("rules-table.txt"));
        Map<String, int[]> perRule = new LinkedHashMap<>();
        JsonArray cases = JsonParser.parseString(Files.readString(act.resolve("testcases.json"), StandardCharsets.UTF_8))
                .getAsJsonObject().getAsJsonArray("testcases");
        for (JsonElement element : cases) {
            JsonObject testCase = element.getAsJsonObject();
            Rule rule = rules.get(testCase.get("ruleId").getAsString());
            if (rule == null || !(rule.inScope() || ALSO_PRINTED.contains(rule.id()))) {
                continue;
            }
            boolean reported = criteriaByFile.getOrDefault(testCase.get("relativePath").getAsString(), Set.of()).stream()
                    .anyMatch(rule.criteria()::contains);
            int[] score = perRule.computeIfAbsent(rule.id(), id -> new int[4]);
            if (testCase.get("expected").getAsString().equals("failed")) {
                score[0] += reported ? 1 : 0;
                score[1]++;
            } else {
                score[2] += reported ? 0 : 1;
                score[3]++;
            }
        }

        int[] total = new int[4];
        Map<String, int[]> perCriterion = new TreeMap<>();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n%-7s %-58s %-12s %9s %13s%n", "rule", "name",
                "WCAG", "recall", "specificity"));
        List<String> outside = new ArrayList<>();
        perRule.forEach((id, score) -> {
            Rule rule = rules.get(id);
            String line = String.format(Locale.ROOT, "%-7s %-58s %-12s %4d/%-4d %6d/%-6d", id, abbreviate(rule.name()),
                    String.join(",", new java.util.TreeSet<>(rule.criteria())), score[0], score[1], score[2], score[3]);
            if (!rule.inScope()) {
                outside.add(line + "  (outside the total: its inputs include human language)");
                return;
            }
            table.append(line).append('\n');
            for (int i = 0; i < 4; i++) {
                total[i] += score[i];
            }
            for (String criterion : rule.criteria()) {
                int[] c = perCriterion.computeIfAbsent(criterion, k -> new int[4]);
                for (int i = 0; i < 4; i++) {
                    c[i] += score[i];
                }
            }
        });
        double recall = (double) total[0] / total[1];
        double specificity = (double) total[2] / total[3];
        table.append(String.format(Locale.ROOT, "%-7s %-58s %-12s %4d/%-4d %6d/%-6d  recall %.3f, specificity %.3f%n", "TOTAL",
                perRule.size() - outside.size() + " rules", "", total[0], total[1], total[2], total[3], recall, specificity));
        outside.forEach(line -> table.append(line).append('\n'));
        table.append("\nby success criterion:\n");
        perCriterion.forEach((criterion, c) -> table.append(String.format(Locale.ROOT, "  %-7s recall %3d/%-3d specificity %3d/%-3d%n",
                criterion, c[0], c[1], c[2], c[3])));
        table.append("yardstick (axe-core 4.14 in Chromium): recall 0.87, specificity 0.98\n");
        System.out.println(table);
        Files.writeString(Path.of("target", "act-score.txt"), table.toString(), StandardCharsets.UTF_8);

        assertTrue(recall >= 0.90, "recall " + recall + " is below 0.90" + table);
        assertTrue(specificity >= 0.98, "specificity " + specificity + " is below 0.98" + table);
    }

    private static Map<String, Rule> rules(Path table) throws IOException {
        Map<String, Rule> rules = new HashMap<>();
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] p = line.split("\\|");
            if (p.length < 7) {
                continue;
            }
            Set<String> criteria = new HashSet<>();
            if (!p[2].equals("-")) {
                for (String mapping : p[2].split(",")) {
                    if (mapping.endsWith("/A") || mapping.endsWith("/AA")) {
                        criteria.add(mapping.substring(0, mapping.indexOf('/')));
                    }
                }
            }
            String aspects = p.length > 7 ? p[7].toLowerCase(Locale.ROOT) : "";
            boolean judgement = aspects.contains("language") || aspects.contains("audio") || aspects.contains("visual output");
            boolean inScope = !criteria.isEmpty() && !MEDIA_RULES.contains(p[0]) && !judgement;
            rules.put(p[0], new Rule(p[0], p[1], criteria, inScope));
        }
        return rules;
    }

    private static String abbreviate(String name) {
        return name.length() > 58 ? name.substring(0, 57) + "…" : name;
    }
}
