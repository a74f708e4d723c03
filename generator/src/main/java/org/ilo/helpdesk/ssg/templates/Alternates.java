package org.ilo.helpdesk.ssg.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ilo.helpdesk.ssg.templates.Views.AlternateView;

/**
 * The {@code hreflang} alternates of a page that exists in several languages: one per language and
 * {@code x-default} for the default language's version. One place, so that the page heads and the
 * sitemaps always agree.
 */
final class Alternates {

    private Alternates() {
    }

    /**
     * @param urlsByLanguage the absolute URL of each version, in the configured order of languages
     * @return no alternates for a page in one language only
     */
    static List<AlternateView> of(Map<String, String> urlsByLanguage, String defaultLanguage) {
        List<AlternateView> views = new ArrayList<>();
        if (urlsByLanguage.size() < 2) {
            return views;
        }
        urlsByLanguage.forEach((language, url) -> views.add(new AlternateView(language, url)));
        if (urlsByLanguage.containsKey(defaultLanguage)) {
            views.add(new AlternateView("x-default", urlsByLanguage.get(defaultLanguage)));
        }
        return views;
    }
}
