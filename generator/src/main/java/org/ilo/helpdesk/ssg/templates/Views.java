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

    /** An Open Graph {@code <meta property content>}. */
    public record MetaView(String property, String content) {
    }

    public record QuestionView(String id, String text) {
    }

    public record SectionView(String title, String id, boolean hasTitle, List<QuestionView> questions) {
        public SectionView {
            questions = List.copyOf(questions);
        }
    }

    /** One line of a generated list, with an optional note (a count, a date). */
    public record EntryView(LinkView link, String note) {
    }

    /** A heading of a generated list and its lines; {@code link} is what the heading links to, or null. */
    public record GroupView(String title, String id, LinkView link, boolean hasTitle, List<EntryView> entries) {
        public GroupView {
            entries = List.copyOf(entries);
        }

        public GroupView(String title, LinkView link, boolean hasTitle, List<EntryView> entries) {
            this(title, "", link, hasTitle, entries);
        }
    }

    /**
     * What the country hub adds to a page: the A to Z letters and regions of the countries index, the
     * database links and facts of a country page, the link to the hub on home pages, and the
     * countries a page is tagged with.
     */
    public record HubView(List<GroupView> letters, List<LinkView> regions, List<GroupView> databases, String facts,
                          LinkView hubLink, List<LinkView> countries) {
        public static final HubView NONE = new HubView(List.of(), List.of(), List.of(), "", null, List.of());

        public HubView {
            letters = List.copyOf(letters);
            regions = List.copyOf(regions);
            databases = List.copyOf(databases);
            countries = List.copyOf(countries);
        }

        public boolean hasLetters() {
            return !letters.isEmpty();
        }

        public boolean hasDatabases() {
            return !databases.isEmpty();
        }

        public boolean hasCountries() {
            return !countries.isEmpty();
        }
    }

    /** "Page 2 of 3" with the neighbouring pages; either link may be null. */
    public record PaginationView(String label, LinkView previous, LinkView next) {
    }

    /** What goes into {@code <head>}. */
    public record HeadView(
            String title,
            String description,
            String canonical,
            String css,
            boolean noindex,
            List<AlternateView> alternates,
            List<MetaView> openGraph,
            String jsonLd,
            String feedHref,
            String feedTitle) {
        public HeadView {
            alternates = List.copyOf(alternates);
            openGraph = List.copyOf(openGraph);
        }
    }

    /** The parts of the page around its content: header, menus, breadcrumbs, footer links. */
    public record ChromeView(
            String siteTitle,
            String tagline,
            String homeHref,
            List<LanguageView> languages,
            boolean hasTranslations,
            List<LinkView> nav,
            List<LinkView> browse,
            List<LinkView> breadcrumbs,
            boolean hasBreadcrumbs) {
        public ChromeView {
            languages = List.copyOf(languages);
            nav = List.copyOf(nav);
            browse = List.copyOf(browse);
            breadcrumbs = List.copyOf(breadcrumbs);
        }
    }

    /** Everything a page layout may show. */
    public record PageView(
            String lang,
            String dir,
            HeadView head,
            ChromeView chrome,
            Map<String, String> strings,
            String title,
            String body,
            boolean isHome,
            boolean isQa,
            boolean isTopic,
            boolean isPage,
            boolean isIndex,
            String contentLang,
            String date,
            String dateText,
            String updated,
            String updatedText,
            boolean hasUpdated,
            List<SectionView> sections,
            boolean hasToc,
            String fallbackNotice,
            String staleNotice,
            LinkView staleSource,
            List<LinkView> featured,
            boolean hasFeatured,
            List<LinkView> topics,
            boolean hasTopics,
            List<GroupView> groups,
            boolean hasGroups,
            PaginationView pagination,
            List<LinkView> related,
            boolean hasRelated,
            HubView hub) {

        public PageView {
            strings = Map.copyOf(strings);
            sections = List.copyOf(sections);
            featured = List.copyOf(featured);
            topics = List.copyOf(topics);
            groups = List.copyOf(groups);
            related = List.copyOf(related);
        }
    }

    /** The root page of a multilingual site, where the reader picks a language. */
    public record LanguageChooserView(String lang, String dir, HeadView head, String title, List<LanguageView> languages,
                                      Map<String, String> strings) {
        public LanguageChooserView {
            languages = List.copyOf(languages);
            strings = Map.copyOf(strings);
        }
    }

    /** A page left at a former address ({@code aliases}) that sends the reader to the page's current one. */
    public record RedirectView(String lang, String dir, String title, String href, Map<String, String> strings) {
        public RedirectView {
            strings = Map.copyOf(strings);
        }
    }
}
