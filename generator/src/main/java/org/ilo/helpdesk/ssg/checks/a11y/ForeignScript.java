package org.ilo.helpdesk.ssg.checks.a11y;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which writing systems a language uses, to spot text written in a script its declared language does not use. */
final class ForeignScript {

    private static final Map<String, Set<UnicodeScript>> SCRIPTS = Map.ofEntries(
            Map.entry("ja", Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.LATIN)),
            Map.entry("zh", Set.of(UnicodeScript.HAN, UnicodeScript.LATIN, UnicodeScript.BOPOMOFO)),
            Map.entry("ko", Set.of(UnicodeScript.HANGUL, UnicodeScript.HAN, UnicodeScript.LATIN)),
            Map.entry("ru", Set.of(UnicodeScript.CYRILLIC, UnicodeScript.LATIN)),
            Map.entry("uk", Set.of(UnicodeScript.CYRILLIC, UnicodeScript.LATIN)),
            Map.entry("bg", Set.of(UnicodeScript.CYRILLIC, UnicodeScript.LATIN)),
            Map.entry("sr", Set.of(UnicodeScript.CYRILLIC, UnicodeScript.LATIN)),
            Map.entry("ar", Set.of(UnicodeScript.ARABIC, UnicodeScript.LATIN)),
            Map.entry("fa", Set.of(UnicodeScript.ARABIC, UnicodeScript.LATIN)),
            Map.entry("ur", Set.of(UnicodeScript.ARABIC, UnicodeScript.LATIN)),
            Map.entry("he", Set.of(UnicodeScript.HEBREW, UnicodeScript.LATIN)),
            Map.entry("el", Set.of(UnicodeScript.GREEK, UnicodeScript.LATIN)),
            Map.entry("th", Set.of(UnicodeScript.THAI, UnicodeScript.LATIN)),
            Map.entry("hi", Set.of(UnicodeScript.DEVANAGARI, UnicodeScript.LATIN)));

    /** Languages written in Latin script, the default for a known language not listed above. */
    private static final Set<String> LATIN = Set.of("en", "fr", "es", "pt", "de", "it", "nl", "vi", "id", "ms", "tr", "pl", "sv",
            "da", "nb", "no", "fi", "cs", "sk", "ro", "hu", "sw", "tl", "ca", "et", "lv", "lt", "sl", "hr", "sq", "lb", "ga", "cy");

    private ForeignScript() {
    }

    /**
     * The name of a script that {@code language} does not use and that makes up at least two letters
     * of {@code text}; null when every letter fits, or the language is not one whose scripts are known.
     */
    static String dominantForeign(String text, String language) {
        int dash = language.indexOf('-');
        String primary = (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
        Set<UnicodeScript> allowed = SCRIPTS.get(primary);
        if (allowed == null) {
            if (!LATIN.contains(primary)) {
                return null;
            }
            allowed = Set.of(UnicodeScript.LATIN);
        }
        if (allowed.contains(UnicodeScript.LATIN) && latinOnly(text)) {
            return null; // Latin, punctuation and symbols only: the common case, decided without counting
        }
        // CJK ideographs and kana are decided by range, without looking up their script
        boolean han = allowed.contains(UnicodeScript.HAN);
        boolean hiragana = allowed.contains(UnicodeScript.HIRAGANA);
        boolean katakana = allowed.contains(UnicodeScript.KATAKANA);
        Map<UnicodeScript, Integer> counts = null;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x370 || han && c >= 0x4E00 && c <= 0x9FFF || hiragana && c >= 0x3041 && c <= 0x3096
                    || katakana && c >= 0x30A1 && c <= 0x30FA) {
                i++;
                continue; // Basic Latin to IPA is Latin or common
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            UnicodeScript script = UnicodeScript.of(cp);
            if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED || allowed.contains(script)) {
                continue;
            }
            if (counts == null) {
                counts = new EnumMap<>(UnicodeScript.class);
            }
            counts.merge(script, 1, Integer::sum);
        }
        if (counts != null) {
            for (Map.Entry<UnicodeScript, Integer> count : counts.entrySet()) {
                if (count.getValue() >= 2) {
                    return name(count.getKey());
                }
            }
        }
        return null;
    }

    private static boolean latinOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x370 && (c < 0x1E00 || c >= 0x2000 && c < 0x2C00 || c >= 0x2E80)) {
                return false;
            }
        }
        return true;
    }

    private static String name(UnicodeScript script) {
        return switch (script) {
            case HAN -> "Chinese characters (Han)";
            case HIRAGANA, KATAKANA -> "Japanese kana";
            default -> {
                String n = script.name().toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(n.charAt(0)) + n.substring(1);
            }
        };
    }
}
