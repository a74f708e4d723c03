package org.ilo.helpdesk.ssg.config;

import java.util.Locale;

/**
 * A content language: its code (the folder under {@code content/}), its name written in itself, the
 * locale used for dates and sorting, and its text direction.
 */
public record LanguageConfig(String code, String name, String localeTag, String direction) {

    public Locale locale() {
        return Locale.forLanguageTag(localeTag);
    }

    /** A language known only from its folder name: named by the JDK in its own language. */
    public static LanguageConfig fromCode(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty()) {
            name = code;
        } else {
            name = name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        }
        return new LanguageConfig(code, name, code, "ltr");
    }
}
