package org.ilo.helpdesk.ssg.model;

import org.ilo.helpdesk.ssg.config.SiteTarget;

/** A former address of a page ({@code aliases}), kept so that old links and bookmarks still lead to it. */
public record Redirect(SiteTarget site, String urlPath, Page target) {

    public String outputFile() {
        return urlPath + "index.html";
    }
}
