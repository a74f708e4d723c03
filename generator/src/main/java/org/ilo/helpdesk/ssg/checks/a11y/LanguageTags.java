package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.impl.ValidIdentifiers;
import com.ibm.icu.util.ULocale;

/**
 * Whether a {@code lang} attribute value is a valid language tag in the sense of the W3C ACT rules
 * "HTML page {@code lang} attribute has valid language tag" (bf051a) and "Element with {@code lang}
 * attribute has valid language tag" (de46e4), and why not.
 *
 * <p>The ACT rules do not ask for full RFC 5646 validity. A value is valid when it is a language tag in
 * the loose sense of RFC 5646's first paragraph (subtags of ASCII letters and digits separated by single
 * hyphens) and its first subtag is a registered primary language subtag. So {@code en-US-GB} (two
 * regions, not RFC 5646 well-formed) is valid, while {@code eng} (English is registered only as
 * {@code en}), {@code i-lux} (an irregular grandfathered tag whose first subtag {@code i} is no language)
 * and {@code english} are not. The comparison is ASCII case-insensitive. The value is not trimmed:
 * {@code " en"} is not a language tag, and a value of only whitespace is invalid, as in the ACT cases.
 * {@link #isWellFormed(String)} checks the strict RFC 5646 grammar for callers that want it.
 *
 * <p>The registry of primary language subtags is CLDR's validity data shipped with ICU4J: the 190
 * two-letter subtags, every ISO 639-3 and 639-5 code that has no two-letter equivalent, {@code und},
 * {@code mul}, {@code mis}, {@code zxx} and the private-use range {@code qaa..qtz}, deprecated subtags
 * included (IANA keeps them registered, so {@code iw} or {@code in} are valid, if discouraged). That data
 * sits in ICU's internal {@code com.ibm.icu.impl} package; the public {@link ULocale#getISOLanguages()}
 * lists only the 556 languages CLDR has display data for and would reject registered subtags such as
 * {@code lld}, {@code tl} or {@code art}. The tests pin the behaviour, so an ICU upgrade that moves the
 * data shows up there.
 */
public final class LanguageTags {

    /** RFC 5646 section 2.1, ASCII case-insensitive; the grandfathered tags are listed in full. */
    private static final Pattern WELL_FORMED;

    static {
        String alphanum = "[a-z0-9]";
        String language = "(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})";
        String script = "[a-z]{4}";
        String region = "(?:[a-z]{2}|[0-9]{3})";
        String variant = "(?:" + alphanum + "{5,8}|[0-9]" + alphanum + "{3})";
        String extension = "(?:[0-9a-wyz](?:-" + alphanum + "{2,8})+)";
        String privateUse = "(?:x(?:-" + alphanum + "{1,8})+)";
        String langtag = language + "(?:-" + script + ")?(?:-" + region + ")?(?:-" + variant + ")*(?:-" + extension + ")*(?:-"
                + privateUse + ")?";
        String irregular = "en-gb-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay"
                + "|i-tsu|sgn-be-fr|sgn-be-nl|sgn-ch-de";
        String regular = "art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang";
        WELL_FORMED = Pattern.compile("(?:" + langtag + "|" + privateUse + "|" + irregular + "|" + regular + ")",
                Pattern.CASE_INSENSITIVE);
    }

    /** A language tag in the ACT rules' loose sense: alphanumeric subtags separated by single hyphens. */
    private static final Pattern SUBTAGS = Pattern.compile("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*");

    /** Every kind of language subtag in CLDR's validity data; "reserved" and "private_use" together are IANA's qaa..qtz. */
    private static final Set<ValidIdentifiers.Datasubtype> REGISTERED = Collections.unmodifiableSet(EnumSet.of(
            ValidIdentifiers.Datasubtype.regular, ValidIdentifiers.Datasubtype.deprecated, ValidIdentifiers.Datasubtype.special,
            ValidIdentifiers.Datasubtype.unknown, ValidIdentifiers.Datasubtype.private_use, ValidIdentifiers.Datasubtype.reserved));

    /**
     * English and native names of the languages CLDR has display names for, lower-cased, to the code to
     * use instead ("english" to "en", "nederlands" to "nl"). Two-letter codes win over three-letter ones.
     */
    /** Language names to codes, built on first need: only messages about an invalid tag use it. */
    private static final class Names {
        static final Map<String, String> CODES_BY_NAME = codesByName();
    }

    private LanguageTags() {
    }

    /** Whether {@code tag} is a valid language tag as the ACT rules bf051a and de46e4 define it. */
    public static boolean isValid(String tag) {
        return tag != null && SUBTAGS.matcher(tag).matches() && isRegisteredLanguage(primary(tag));
    }

    /**
     * Whether {@code tag} is well-formed by the RFC 5646 grammar (section 2.1, including the grandfathered
     * tags), whatever its subtags mean. Stricter than {@link #isValid(String)} on the shape ({@code en-US-GB}
     * is not well-formed) and looser on the meaning ({@code eng} and {@code english} are).
     */
    public static boolean isWellFormed(String tag) {
        return tag != null && WELL_FORMED.matcher(tag).matches();
    }

    /** Why {@code tag} is not {@linkplain #isValid(String) valid}, with a replacement when one is evident; empty if it is valid. */
    public static Optional<String> problem(String tag) {
        if (isValid(tag)) {
            return Optional.empty();
        }
        if (tag == null) {
            return Optional.of("no language tag");
        }
        if (tag.isEmpty()) {
            return Optional.of("the language tag is empty");
        }
        String trimmed = tag.strip();
        if (trimmed.isEmpty()) {
            return Optional.of("the language tag is only whitespace");
        }
        if (!trimmed.equals(tag)) {
            return Optional.of(quote(tag) + " has whitespace around the tag" + (isValid(trimmed) ? "; use " + quote(trimmed)
                    : "; without it: " + problem(trimmed).orElseThrow()));
        }
        if (tag.indexOf('_') >= 0) {
            String hyphenated = tag.replace('_', '-');
            return Optional.of(quote(tag) + " separates its subtags with '_'; language tags use '-'"
                    + (isValid(hyphenated) ? ": " + quote(hyphenated) : ""));
        }
        if (!SUBTAGS.matcher(tag).matches()) {
            String named = Names.CODES_BY_NAME.get(tag.toLowerCase(Locale.ROOT));
            if (named != null) {
                return Optional.of(quote(tag) + " is a language name, not a code; use " + quote(named));
            }
            return Optional.of(quote(tag) + " is not a language tag: it must be ASCII letters and digits in subtags separated by single"
                    + " hyphens, such as 'en' or 'fr-CH'");
        }
        String primary = primary(tag);
        String rest = tag.substring(primary.length());
        if (primary.equalsIgnoreCase("x")) {
            return Optional.of(quote(tag) + " is a private-use tag and names no language; put a language subtag first, such as 'en-"
                    + tag + "'");
        }
        if (primary.equalsIgnoreCase("i")) {
            String replacement = grandfatheredReplacement(tag);
            return Optional.of(quote(tag) + " is an irregular grandfathered tag, which has no registered primary language subtag"
                    + (replacement == null ? "" : "; use " + quote(replacement)));
        }
        String twoLetter = twoLetterEquivalent(primary);
        if (twoLetter != null) {
            return Optional.of(quote(primary) + " is not a registered language subtag; use the two-letter code "
                    + quote(twoLetter + rest));
        }
        String named = Names.CODES_BY_NAME.get(primary.toLowerCase(Locale.ROOT));
        if (named != null) {
            return Optional.of(quote(primary) + " is a language name, not a code; use " + quote(named + rest));
        }
        return Optional.of(quote(primary) + " is not a registered language subtag");
    }

    private static String primary(String tag) {
        int hyphen = tag.indexOf('-');
        return hyphen < 0 ? tag : tag.substring(0, hyphen);
    }

    private static boolean isRegisteredLanguage(String subtag) {
        if (subtag.length() < 2 || subtag.length() > 3) {
            return false; // subtags of 4 and of 5 to 8 letters are reserved, and none is registered
        }
        return ValidIdentifiers.isValid(ValidIdentifiers.Datatype.language, REGISTERED, asciiLower(subtag)) != null;
    }

    /**
     * The registered two-letter subtag for a three-letter ISO 639-2 code that IANA does not register
     * because a two-letter one exists: terminology codes ({@code eng}, {@code deu}) through ICU's
     * ISO 639 mapping, bibliographic ones ({@code ger}, {@code fre}) through its language aliases.
     */
    private static String twoLetterEquivalent(String subtag) {
        if (subtag.length() != 3 || !subtag.chars().allMatch(LanguageTags::isAsciiLetter)) {
            return null;
        }
        String lower = asciiLower(subtag);
        for (String candidate : new String[] {new ULocale(lower).getLanguage(), ULocale.createCanonical(lower).getLanguage()}) {
            if (candidate.length() == 2 && isRegisteredLanguage(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The modern tag for an irregular grandfathered tag, such as {@code lb} for {@code i-lux}, when it names a language. */
    private static String grandfatheredReplacement(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        String replacement = locale.toLanguageTag();
        if (locale.getLanguage().isEmpty() || replacement.contains("-x-") || replacement.equalsIgnoreCase(tag)) {
            return null;
        }
        return replacement;
    }

    private static Map<String, String> codesByName() {
        Map<String, String> codes = new HashMap<>();
        for (int length = 2; length <= 3; length++) {
            for (String code : ULocale.getISOLanguages()) {
                if (code.length() != length || !isRegisteredLanguage(code)) {
                    continue;
                }
                ULocale language = new ULocale(code);
                for (String name : new String[] {language.getDisplayLanguage(ULocale.ENGLISH), language.getDisplayLanguage(language)}) {
                    if (!name.isEmpty() && !name.equalsIgnoreCase(code)) {
                        codes.putIfAbsent(name.toLowerCase(Locale.ROOT), code);
                    }
                }
            }
        }
        return Map.copyOf(codes);
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String asciiLower(String s) {
        StringBuilder lower = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return lower.toString();
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }
}
