package org.ilo.helpdesk.ssg.taxonomies;

import java.util.List;
import java.util.Optional;

import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.ilo.helpdesk.ssg.markdown.QuestionBlock;
import org.ilo.helpdesk.ssg.model.Page;

/**
 * A generated index page (by topic, by instrument, all questions...): one page of it when it is
 * paginated. Its title is the theme string {@code titleKey}, completed by {@code subject} (an
 * instrument's title) when there is one.
 *
 * @param key        the same in every language: index pages with the same key are translations
 * @param urlPath    where this page of the index is written, relative to its site's root
 * @param firstPage  the URL path of page 1 of the same index
 */
public record IndexPage(
        String language,
        String key,
        SiteTarget site,
        String urlPath,
        String firstPage,
        String titleKey,
        String subject,
        List<Group> groups,
        int pageNumber,
        int pageCount) {

    public IndexPage {
        groups = List.copyOf(groups);
    }

    /** A heading of the index and the entries under it; {@code page} is what the heading links to, if anything. */
    public record Group(String title, Optional<Page> page, List<Entry> entries) {
        public Group {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One line of an index: a page, a question of a page, or another index page ({@code indexPath}),
     * with a short note such as a count or a date.
     */
    public record Entry(String title, Optional<Page> page, Optional<QuestionBlock> question, String indexPath, String note) {

        public static Entry of(Page page, String note) {
            return new Entry(page.title(), Optional.of(page), Optional.empty(), "", note);
        }

        public static Entry of(Page page, QuestionBlock question) {
            return new Entry(question.text(), Optional.of(page), Optional.of(question), "", "");
        }

        public static Entry index(String title, String indexPath, String note) {
            return new Entry(title, Optional.empty(), Optional.empty(), indexPath, note);
        }
    }

    public String absoluteUrl() {
        return site.baseUrl() + urlPath;
    }
}
