package org.ilo.helpdesk.ssg.frontmatter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.ilo.helpdesk.ssg.load.SourceFile;
import org.ilo.helpdesk.ssg.yaml.Suggestions;
import org.ilo.helpdesk.ssg.yaml.YamlTree;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Splits a file at its {@code ---} fences and checks every front matter key: known, of the right
 * type, with a valid value. All problems of a file are reported, not only the first.
 */
public final class FrontMatterParser {

    public static final Set<String> KEYS = Set.of("title", "description", "type", "translationKey", "date", "updated",
            "topics", "mne", "instruments", "countries", "sectors", "weight", "draft", "aliases", "slug", "translationOf");
    public static final Set<String> TYPES = Set.of("qa", "topic", "page", "home");

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern INSTRUMENT = Pattern.compile("[CPR]\\d{3}|MNE|FPRW");
    private static final Pattern TAG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MNE = Pattern.compile("[a-z0-9-]+/[a-z0-9-]+");
    private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    private static final Pattern KEY_PATH = Pattern.compile("[\\p{L}\\p{N}._-]+(/[\\p{L}\\p{N}._-]+)*");

    public Optional<ParsedSource> parse(SourceFile source, Diagnostics diagnostics) {
        String text = source.text();
        if (!text.startsWith("---\n") && !text.equals("---")) {
            diagnostics.error("frontmatter.missing", new SourcePosition(source.path(), 1, 1), "the file has no front matter",
                    "start the file with a line '---', then 'title: ...', then a line '---'");
            return Optional.empty();
        }
        int close = findClosingFence(text);
        if (close < 0) {
            diagnostics.error("frontmatter.unterminated", new SourcePosition(source.path(), 1, 1),
                    "front matter opened with '---' is never closed",
                    "add a line with only '---' after the last front matter key");
            return Optional.empty();
        }
        String yaml = text.substring(4, close);
        int yamlLines = (int) yaml.chars().filter(c -> c == '\n').count();
        int afterFence = text.indexOf('\n', close);
        int bodyStart = afterFence < 0 ? text.length() : afterFence + 1;
        int bodyLineOffset = 1 + yamlLines + 1;

        YamlTree tree = new YamlTree(source.path(), 1);
        Optional<List<YamlTree.Entry>> entries = tree.parseMapping(yaml, diagnostics, "frontmatter.yaml");
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        return new Reader(tree, source, diagnostics).read(entries.get())
                .map(fm -> new ParsedSource(source, fm, bodyStart, bodyLineOffset));
    }

    private static int findClosingFence(String text) {
        int lineStart = text.indexOf('\n') + 1;
        while (lineStart > 0 && lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String line = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
            if (line.stripTrailing().equals("---")) {
                return lineStart;
            }
            if (lineEnd < 0) {
                return -1;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    /** Reads one file's entries; keeps going after a bad value so that every problem is reported. */
    private static final class Reader {
        private final YamlTree tree;
        private final SourceFile source;
        private final Diagnostics diagnostics;
        private boolean valid = true;

        Reader(YamlTree tree, SourceFile source, Diagnostics diagnostics) {
            this.tree = tree;
            this.source = source;
            this.diagnostics = diagnostics;
        }

        Optional<FrontMatter> read(List<YamlTree.Entry> entries) {
            String title = null;
            Optional<String> description = Optional.empty();
            Optional<String> type = Optional.empty();
            Optional<String> translationKey = Optional.empty();
            Optional<LocalDate> date = Optional.empty();
            Optional<LocalDate> updated = Optional.empty();
            Optional<LocalDate> translationOf = Optional.empty();
            List<String> topics = List.of();
            List<String> mne = List.of();
            List<String> instruments = List.of();
            List<String> countries = List.of();
            List<String> sectors = List.of();
            List<String> aliases = List.of();
            int weight = 0;
            boolean draft = false;
            Optional<String> slug = Optional.empty();
            SourcePosition slugPosition = new SourcePosition(source.path(), 1, 1);
            for (YamlTree.Entry entry : entries) {
                Node value = entry.value();
                switch (entry.key()) {
                    case "title" -> title = text(entry).orElse(null);
                    case "description" -> description = text(entry);
                    case "type" -> type = oneOf(entry, TYPES);
                    case "translationKey" -> translationKey = matching(entry, KEY_PATH, "letters, digits, '-', '_' and '/'");
                    case "date" -> date = date(entry);
                    case "updated" -> updated = date(entry);
                    case "translationOf" -> translationOf = date(entry);
                    case "topics" -> topics = list(entry, TAG, "lower-case words joined by '-', such as 'freedom-of-association'");
                    case "mne" -> mne = list(entry, MNE, "'area/category', such as 'industrial-relations/collective-bargaining'");
                    case "instruments" -> instruments = list(entry, INSTRUMENT, "an ILO code such as C087, P029, R204, or MNE");
                    case "countries" -> countries = countries(entry);
                    case "sectors" -> sectors = list(entry, TAG, "lower-case words joined by '-', such as 'textiles'");
                    case "aliases" -> aliases = list(entry, null, null);
                    case "weight" -> weight = integer(entry);
                    case "draft" -> draft = bool(entry);
                    case "slug" -> {
                        slug = matching(entry, SLUG, "letters, digits, '.', '-' and '_'");
                        slugPosition = tree.position(value);
                    }
                    default -> {
                        String hint = Suggestions.closest(entry.key(), KEYS).map(s -> "did you mean '" + s + "'?")
                                .orElse("known keys: " + String.join(", ", KEYS.stream().sorted().toList()));
                        error("frontmatter.unknown-key", entry.keyPosition(), "unknown front matter key '" + entry.key() + "'", hint);
                    }
                }
            }
            if (title == null && entries.stream().noneMatch(e -> e.key().equals("title"))) {
                error("frontmatter.missing-title", new SourcePosition(source.path(), 1, 1), "the page has no title",
                        "add 'title: ...' between the '---' lines");
            }
            if (date.isPresent() && updated.isPresent() && updated.get().isBefore(date.get())) {
                error("frontmatter.wrong-type", position("updated", entries), "'updated' (" + updated.get()
                        + ") is before 'date' (" + date.get() + ")", "set 'updated' to the date of the last review");
            }
            if (!valid) {
                return Optional.empty();
            }
            return Optional.of(new FrontMatter(title, description, type, translationKey, date, updated, topics, mne,
                    instruments, countries, sectors, weight, draft, aliases, slug, slugPosition, translationOf));
        }

        private SourcePosition position(String key, List<YamlTree.Entry> entries) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst()
                    .map(e -> tree.position(e.value())).orElse(new SourcePosition(source.path(), 1, 1));
        }

        private void error(String code, SourcePosition position, String message, String hint) {
            valid = false;
            diagnostics.error(code, position, message, hint);
        }

        private Optional<String> text(YamlTree.Entry entry) {
            Optional<String> value = YamlTree.scalar(entry.value()).filter(v -> !YamlTree.isNull(entry.value()));
            if (value.isEmpty()) {
                error("frontmatter.wrong-type", tree.position(entry.value()), "'" + entry.key() + "' must be text, not "
                        + (YamlTree.isNull(entry.value()) ? "empty" : YamlTree.kind(entry.value())),
                        "write the text on the same line, in quotes if it contains ':'");
                return Optional.empty();
            }
            if (value.get().isBlank()) {
                error("frontmatter.wrong-type", tree.position(entry.value()), "'" + entry.key() + "' is empty", "write the text, or remove the key");
                return Optional.empty();
            }
            return Optional.of(value.get().strip());
        }

        private Optional<String> oneOf(YamlTree.Entry entry, Set<String> allowed) {
            Optional<String> value = text(entry);
            if (value.isPresent() && !allowed.contains(value.get())) {
                error("frontmatter.wrong-value", tree.position(entry.value()), "'" + entry.key() + "' is '" + value.get()
                        + "'", "use one of: " + String.join(", ", allowed.stream().sorted().toList()));
                return Optional.empty();
            }
            return value;
        }

        private Optional<String> matching(YamlTree.Entry entry, Pattern pattern, String expected) {
            Optional<String> value = text(entry);
            if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
                error("frontmatter.wrong-value", tree.position(entry.value()), "'" + entry.key() + "' is '" + value.get()
                        + "'", "use " + expected);
                return Optional.empty();
            }
            return value;
        }

        private Optional<LocalDate> date(YamlTree.Entry entry) {
            Optional<String> value = YamlTree.scalar(entry.value());
            if (value.isPresent()) {
                try {
                    return Optional.of(LocalDate.parse(value.get().strip()));
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            error("frontmatter.wrong-type", tree.position(entry.value()), "'" + entry.key() + "' must be a date, not '"
                    + value.orElse(YamlTree.kind(entry.value())) + "'", "write an ISO date such as 2024-03-12");
            return Optional.empty();
        }

        private int integer(YamlTree.Entry entry) {
            Optional<String> value = YamlTree.scalar(entry.value());
            if (value.isPresent()) {
                try {
                    return Integer.parseInt(value.get().strip());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            error("frontmatter.wrong-type", tree.position(entry.value()), "'" + entry.key() + "' must be a whole number, not '"
                    + value.orElse(YamlTree.kind(entry.value())) + "'", "write a number such as 10");
            return 0;
        }

        private boolean bool(YamlTree.Entry entry) {
            Optional<String> value = YamlTree.scalar(entry.value());
            if (value.isPresent() && (value.get().equals("true") || value.get().equals("false"))) {
                return Boolean.parseBoolean(value.get());
            }
            error("frontmatter.wrong-type", tree.position(entry.value()), "'" + entry.key() + "' must be true or false, not '"
                    + value.orElse(YamlTree.kind(entry.value())) + "'", "write 'true' or 'false'");
            return false;
        }

        /** A list; a single value counts as a list of one ({@code mne: employment/child-labour}). */
        private List<String> list(YamlTree.Entry entry, Pattern pattern, String expected) {
            Optional<List<ScalarNode>> items = entry.value() instanceof ScalarNode scalar && !YamlTree.isNull(scalar)
                    ? Optional.of(List.of(scalar))
                    : YamlTree.scalarList(entry.value());
            if (items.isEmpty()) {
                error("frontmatter.wrong-type", tree.position(entry.value()), "'" + entry.key() + "' must be a list, not "
                        + YamlTree.kind(entry.value()), "write '" + entry.key() + ": [first, second]'");
                return List.of();
            }
            List<String> values = new ArrayList<>();
            for (ScalarNode item : items.get()) {
                String value = item.getValue().strip();
                if (pattern != null && !pattern.matcher(value).matches()) {
                    error("frontmatter.wrong-value", tree.position(item), "'" + value + "' is not valid in '" + entry.key() + "'",
                            "use " + expected);
                } else if (values.contains(value)) {
                    error("frontmatter.wrong-value", tree.position(item), "'" + value + "' is listed twice in '" + entry.key() + "'",
                            "remove the repeated value");
                } else {
                    values.add(value);
                }
            }
            return values;
        }

        private List<String> countries(YamlTree.Entry entry) {
            List<String> codes = list(entry, Pattern.compile("[A-Z]{2}"), "ISO 3166 alpha-2 codes in upper case, such as CO or PH");
            List<String> known = new ArrayList<>();
            for (String code : codes) {
                if (ISO_COUNTRIES.contains(code)) {
                    known.add(code);
                } else {
                    error("frontmatter.wrong-value", tree.position(entry.value()), "'" + code + "' is not an ISO 3166 country code",
                            "use the two-letter code, such as CO for Colombia");
                }
            }
            return known;
        }
    }
}
