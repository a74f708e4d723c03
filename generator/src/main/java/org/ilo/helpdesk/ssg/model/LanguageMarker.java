package org.ilo.helpdesk.ssg.model;

/**
 * The visible note that tells a reader a link leads to a page in another language, written in the
 * language of the text around the link: "(in English)", « (en anglais) », "（英語）".
 */
@FunctionalInterface
public interface LanguageMarker {

    String marker(String textLanguage, String targetLanguage);
}
