package org.ilo.helpdesk.ssg.templates;

import java.util.List;
import java.util.Map;

/**
 * The read-only records that templates see. Templates never receive the model itself: only these
 * values, computed for the page being rendered.
 */
public final class Views {

    private Views() {
    }

    /**
     * A link in a list or menu. {@code hreflang} is set when the linked page is in another language
     * than the page showing the link, and {@code marker} then says so in words ("(in English)");
     * {@code lang} is set when the link's own text is in that other language.
     */
    public record LinkView(String title, String href, boolean current, String lang, String hreflang, String marker) {
        public LinkView(String title, String href, boolean current) {
            this(title, href, current, "", "", "");
        }
    }

    public record LanguageView(String code, String name, String href, boolean current, String title) {
    }

    public record AlternateView(String hreflang, String href) {
    }

    public record QuestionView(String id, String text) {
    }

    public record SectionView(String title, String id, boolean hasTitle, List<QuestionView> questions) {
        public SectionView {
            questions = List.copyOf(questions);
        }
    }

    /** Everything a page layout may show. */
    public record PageView(
            String lang,
            String dir,
            String title,
            String siteTitle,
            String tagline,
            String description,
            String canonical,
            String css,
            String homeHref,
            String body,
            boolean isHome,
            boolean isQa,
            boolean isTopic,
            boolean isPage,
            List<LanguageView> languages,
            boolean hasTranslations,
            List<AlternateView> alternates,
            List<LinkView> breadcrumbs,
            List<LinkView> nav,
            List<LinkView> topics,
            boolean hasTopics,
            String date,
            String dateText,
            String updated,
            String updatedText,
            boolean hasUpdated,
            List<SectionView> sections,
            boolean hasToc,
            String contentLang,
            String fallbackNotice,
            String staleNotice,
            LinkView staleSource,
            boolean noindex,
            Map<String, String> strings) {

        public PageView {
            languages = List.copyOf(languages);
            alternates = List.copyOf(alternates);
            breadcrumbs = List.copyOf(breadcrumbs);
            nav = List.copyOf(nav);
            topics = List.copyOf(topics);
            sections = List.copyOf(sections);
            strings = Map.copyOf(strings);
        }
    }

    /** The root page of a multilingual site, where the reader picks a language. */
    public record LanguageChooserView(String lang, String dir, String title, String css, String canonical,
                                      List<LanguageView> languages, List<AlternateView> alternates,
                                      Map<String, String> strings) {
        public LanguageChooserView {
            languages = List.copyOf(languages);
            alternates = List.copyOf(alternates);
            strings = Map.copyOf(strings);
        }
    }
}
