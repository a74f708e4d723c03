package org.ilo.helpdesk.ssg.config;

import java.util.List;

/**
 * One published site: its own output root and base URL, and the languages it hosts. A site with a
 * single language has its pages at its root; a site with several has a folder per language.
 */
public record SiteTarget(String name, String baseUrl, List<String> languages) {

    public SiteTarget {
        languages = List.copyOf(languages);
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    public boolean isMultilingual() {
        return languages.size() > 1;
    }

    public boolean hosts(String language) {
        return languages.contains(language);
    }
}
