package org.ilo.helpdesk.ssg.checks;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.ilo.helpdesk.ssg.frontmatter.PageKind;
import org.ilo.helpdesk.ssg.frontmatter.ParsedSource;
import org.ilo.helpdesk.ssg.yaml.YamlTree;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The Helpdesk publishes questions only once nothing in them can identify the asker. This guard reads
 * the published text of every page (front matter and body) and reports what could: email addresses,
 * phone numbers, IBANs, passport-like numbers, and the names listed in {@code data/confidential.yaml}
 * ({@code deny}). Full-width digits and letters count as their ASCII forms. It is an error in Q&A pages
 * and a warning elsewhere; text listed under {@code allow}, each with its reason, is waived.
 */
public final class ConfidentialityGuard {

    /** Published text that is meant to be there, and why. */
    public record Waiver(String text, String reason) {
    }

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.,/])\\+?\\(?\\d[\\d \\t().\\-‐‑–—−]{6,}\\d(?![\\w])");
    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b");
    private static final Pattern PASSPORT = Pattern.compile("\\b[A-Z]{1,2}\\d{7,8}\\b");
    private static final Pattern URL = Pattern.compile("\\]\\([^)]*\\)|https?://\\S+");
    private static final Pattern DATE_OR_RANGE = Pattern.compile("\\d{4}[-‐‑–—−]\\d{2}([-‐‑–—−]\\d{2})?|\\d{4} ?[-‐‑–—−] ?\\d{4}");

    private final List<String> deny;
    private final List<Waiver> allow;

    public ConfidentialityGuard(List<String> deny, List<Waiver> allow) {
        this.deny = List.copyOf(deny);
        this.allow = List.copyOf(allow);
    }

    /** Reads {@code data/confidential.yaml}; without it only the patterns apply. */
    public static ConfidentialityGuard load(Path siteRoot, Diagnostics diagnostics) throws IOException {
        Path file = siteRoot.resolve("data").resolve("confidential.yaml");
        List<String> deny = new ArrayList<>();
        List<Waiver> allow = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return new ConfidentialityGuard(deny, allow);
        }
        YamlTree tree = new YamlTree(file, 0);
        for (YamlTree.Entry entry : tree.parseMapping(Files.readString(file, StandardCharsets.UTF_8), diagnostics, "data.invalid")
                .orElse(List.of())) {
            if (entry.key().equals("deny")) {
                YamlTree.scalarList(entry.value()).ifPresentOrElse(list -> list.forEach(s -> deny.add(s.getValue())),
                        () -> diagnostics.error("data.invalid", tree.position(entry.value()), "'deny' must be a list of names",
                                "write 'deny: [\"Name of a company\"]'"));
            } else if (entry.key().equals("allow") && entry.value() instanceof SequenceNode list) {
                for (Node item : list.getValue()) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    if (item instanceof MappingNode mapping) {
                        tree.entries(mapping, diagnostics, "data.invalid")
                                .forEach(f -> YamlTree.scalar(f.value()).ifPresent(v -> fields.put(f.key(), v)));
                    }
                    String text = fields.get("text");
                    String reason = fields.get("reason");
                    if (text == null || reason == null || reason.isBlank()) {
                        diagnostics.error("confidential.waiver", tree.position(item), "a waiver needs the text it allows and a reason",
                                "write '- {text: \"assistance@ilo.org\", reason: \"the Helpdesk's public address\"}'");
                    } else {
                        allow.add(new Waiver(text, reason));
                    }
                }
            } else {
                diagnostics.error("data.invalid", entry.keyPosition(), "unknown key '" + entry.key() + "'",
                        "use 'deny' (a list of names) and 'allow' (a list of {text, reason})");
            }
        }
        return new ConfidentialityGuard(deny, allow);
    }

    public List<Waiver> waivers() {
        return allow;
    }

    /** What the guard looks for: two guards with the same fingerprint report the same things. */
    public List<String> fingerprint() {
        List<String> fingerprint = new ArrayList<>(deny);
        allow.forEach(w -> fingerprint.add(w.text() + "\u0000" + w.reason()));
        return fingerprint;
    }

    /** The front matter keys whose values are published as text. */
    private static final Pattern PUBLISHED_KEY = Pattern.compile("\\s*(title|description):.*");

    /** Checks the published text of one page, front matter included. */
    public void check(ParsedSource page, Diagnostics diagnostics) {
        boolean questions = PageKind.of(page) == PageKind.QA;
        String text = page.source().text();
        int bodyStart = page.bodyLineOffset();
        int start = 0;
        for (int i = 0; start <= text.length(); i++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            boolean published = i > 0 && i != bodyStart - 1
                    && (i >= bodyStart - 1 || PUBLISHED_KEY.matcher(text.subSequence(start, end)).matches());
            // most lines have nothing to look for: they are passed over without being copied out of the text
            if (published && (!deny.isEmpty() || mayIdentify(text, start, end))) {
                checkLine(ascii(text.substring(start, end)), page.source().path(), i + 1, questions, diagnostics);
            }
            start = end + 1;
        }
    }

    /**
     * Whether a line holds an '@' or seven digits or more, full-width ones included ({@link #isDigit} counts
     * them, and {@link #ascii} turns '＠' into '@'): without either, no pattern of {@link #checkLine} can match.
     */
    private static boolean mayIdentify(String text, int start, int end) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '\uFF20' || isDigit(c) && ++digits >= 7) {
                return true;
            }
        }
        return false;
    }

    private void checkLine(String line, Path file, int lineNumber, boolean error, Diagnostics diagnostics) {
        boolean hasAt = line.indexOf('@') >= 0;
        // a phone number has 8 digits or more, a passport number 7, an IBAN more still: fewer digits, none of them;
        // digits in link destinations (such as ../qa/wages-2019.md) do not count
        boolean digits = digits(line) >= 7;
        String scanned = hasAt || digits ? withoutUrls(line) : line;
        boolean numbers = digits && digits(scanned) >= 7;
        if (hasAt) {
            find(EMAIL, scanned, m -> true, "confidential.email", "an email address", file, lineNumber, error, diagnostics);
        }
        if (numbers) {
            find(PHONE, scanned, m -> digits(m) >= 8 && digits(m) <= 15 && !DATE_OR_RANGE.matcher(m.trim()).matches(),
                    "confidential.phone", "a phone number", file, lineNumber, error, diagnostics);
            find(IBAN, scanned, ConfidentialityGuard::validIban, "confidential.iban", "a bank account number (IBAN)", file, lineNumber,
                    error, diagnostics);
            find(PASSPORT, scanned, m -> true, "confidential.id-number", "a passport or identity number", file, lineNumber, error,
                    diagnostics);
        }
        if (deny.isEmpty()) {
            return;
        }
        String lower = scanned.toLowerCase(Locale.ROOT);
        for (String name : deny) {
            int at = lower.indexOf(name.toLowerCase(Locale.ROOT));
            while (at >= 0) {
                report("confidential.name", "a name on the deny list", scanned.substring(at, at + name.length()), file, lineNumber,
                        at + 1, error, diagnostics);
                at = lower.indexOf(name.toLowerCase(Locale.ROOT), at + name.length());
            }
        }
    }

    private void find(Pattern pattern, String line, java.util.function.Predicate<String> accept, String code, String what,
                      Path file, int lineNumber, boolean error, Diagnostics diagnostics) {
        Matcher matcher = pattern.matcher(line);
        while (matcher.find()) {
            if (accept.test(matcher.group())) {
                report(code, what, matcher.group().trim(), file, lineNumber, matcher.start() + 1, error, diagnostics);
            }
        }
    }

    private void report(String code, String what, String text, Path file, int line, int column, boolean error, Diagnostics diagnostics) {
        Optional<Waiver> waiver = allow.stream().filter(w -> w.text().equalsIgnoreCase(text)).findFirst();
        if (waiver.isPresent()) {
            return;
        }
        String message = "published text contains " + what + ": '" + text + "'";
        String hint = "remove what could identify the asker, or list it under 'allow' in data/confidential.yaml with a reason";
        SourcePosition position = new SourcePosition(file, line, column);
        if (error) {
            diagnostics.error(code, position, message, hint);
        } else {
            diagnostics.warning(code, position, message, hint);
        }
    }

    /** Full-width ASCII (ｅｘａｍｐｌｅ, ０３) as ASCII, one character for one, so columns stay right. */
    static String ascii(String text) {
        boolean wide = false;
        for (int i = 0; i < text.length() && !wide; i++) {
            char c = text.charAt(i);
            wide = c >= '\uFF01' && c <= '\uFF5E' || c == '\u3000';
        }
        if (!wide) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Link destinations and bare URLs are addresses, not published text; they are blanked, keeping columns. */
    private static String withoutUrls(String line) {
        Matcher urls = URL.matcher(line);
        StringBuilder out = new StringBuilder(line);
        while (urls.find()) {
            for (int i = urls.start(); i < urls.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static int digits(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isDigit(char c) {
        // below U+0660 (Arabic-Indic digits) the only decimal digits are ASCII ones
        return c <= '9' ? c >= '0' : c >= '\u0660' && Character.isDigit(c);
    }

    /** ISO 13616 check digits: only a real IBAN is reported, not any code of the same shape. */
    static boolean validIban(String text) {
        String iban = text.replace(" ", "");
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isLetter(c) ? Integer.toString(c - 'A' + 10) : String.valueOf(c));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
