package org.ilo.helpdesk.ssg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlPathsTest {

    @Test
    void siblingFoldersAreReachedThroughTheirCommonParent() {
        assertEquals("../../qa/wages/", UrlPaths.relative("en/topics/wages/", "en/qa/wages/"));
    }

    @Test
    void aPageLinksToItselfWithDotSlash() {
        assertEquals("./", UrlPaths.relative("en/qa/wages/", "en/qa/wages/"));
    }

    @Test
    void theSiteRootIsReachedFromAHomePage() {
        assertEquals("assets/site.css", UrlPaths.relative("", "assets/site.css"));
        assertEquals("../assets/site.css", UrlPaths.relative("en/", "assets/site.css"));
    }

    @Test
    void aDeeperPageIsReachedDownward() {
        assertEquals("qa/wages/", UrlPaths.relative("en/", "en/qa/wages/"));
    }

    @Test
    void anotherLanguageFolderIsReachedFromTheSiteRoot() {
        assertEquals("../../../fr/qa/wages/", UrlPaths.relative("en/qa/wages/", "fr/qa/wages/"));
    }
}
