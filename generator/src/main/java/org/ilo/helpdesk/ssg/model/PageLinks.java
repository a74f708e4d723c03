package org.ilo.helpdesk.ssg.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ilo.helpdesk.ssg.diagnostics.Diagnostics;
import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;
import org.ilo.helpdesk.ssg.load.StaticFile;
import org.ilo.helpdesk.ssg.markdown.LinkResolver;
import org.ilo.helpdesk.ssg.yaml.Suggestions;

/**
 * Resolves the links of one page. Editors link to files ({@code ../qa/wages.md#living-wage}, or
 * {@code /fr/qa/wages.md} for another language); each becomes the URL of that page on the site that
 * publishes it, after checking that the page and the anchor exist.
 */
public final class PageLinks implements LinkResolver {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final SiteModel model;
    private final Page page;
    private final Diagnostics diagnostics;
    private final LanguageMarker markers;

    /**
     * Links of a fallback copy are not reported: the same links were already checked on the page it
     * copies.
     */
    public PageLinks(SiteModel model, Page page, LanguageMarker markers, Diagnostics diagnostics) {
        this.model = model;
        this.page = page;
        this.markers = markers;
        this.diagnostics = page.isFallbackCopy() ? new Diagnostics() : diagnostics;
    }

    @Override
    public ResolvedLink resolve(String destination, boolean image, SourcePosition position) {
        if (destination.isEmpty() || SCHEME.matcher(destination).find() || destination.startsWith("//")) {
            return ResolvedLink.of(destination);
        }
        String path = destination;
        String fragment = null;
        int hash = destination.indexOf('#');
        if (hash >= 0) {
            path = destination.substring(0, hash);
            fragment = destination.substring(hash + 1);
        }
        if (path.isEmpty()) {
            checkAnchor(page, fragment, destination, position);
            return ResolvedLink.of(destination);
        }
        String language = page.language();
        String target;
        if (path.startsWith("/")) {
            String[] parts = path.substring(1).split("/", 2);
            if (parts.length < 2 || model.config().language(parts[0]).isEmpty()) {
                return broken(destination, position, "a link that starts with '/' names a language folder, such as /fr/qa/wages.md");
            }
            language = parts[0];
            target = parts[1];
        } else {
            Optional<String> normalized = normalize(folderOf(page.sourcePath()) + path);
            if (normalized.isEmpty()) {
                return broken(destination, position, "the path leaves the language folder; use /<language>/... to reach another language");
            }
            target = normalized.get();
        }
        if (target.endsWith(".md")) {
            String targetLanguage = language;
            Optional<Page> linked = model.page(language, target);
            String defaultLanguage = model.config().defaultLanguage();
            if (linked.isEmpty() && !language.equals(defaultLanguage)) {
                // Not translated: the default-language page stands in for it, marked as such.
                linked = model.page(defaultLanguage, target);
            }
            if (linked.isEmpty() && (model.isUnreadable(language, target) || model.isUnreadable(defaultLanguage, target))) {
                return ResolvedLink.of(destination);
            }
            if (linked.isEmpty()) {
                String suggestion = Suggestions.closest(target, model.sourcePaths(language))
                        .map(s -> "did you mean '" + relativeSource(targetLanguage, s) + "'?")
                        .orElse("link to an existing file of content/" + language + "/");
                return broken(destination, position, suggestion);
            }
            checkAnchor(linked.get(), fragment, destination, position);
            return link(linked.get(), fragment);
        }
        Optional<StaticFile> file = model.file(language, target);
        if (file.isEmpty()) {
            return broken(destination, position, "put the file in content/" + language + "/" + target
                    + ", or link to a page's .md file");
        }
        String fileUrl = model.languagePrefix(language) + target;
        String href = sameSite(language) ? UrlPaths.relative(page.urlPath(), fileUrl)
                : model.config().siteOf(language).baseUrl() + fileUrl;
        return new ResolvedLink(href, image ? ImageSize.of(file.get().path()) : Map.of(), "");
    }

    /**
     * A link to {@code target}: with {@code hreflang} and a marker when its text is in another language
     * than this page's text.
     */
    public ResolvedLink link(Page target, String fragment) {
        String href = href(target) + (fragment == null || fragment.isEmpty() ? "" : "#" + fragment);
        if (target.contentLanguage().equals(page.contentLanguage())) {
            return ResolvedLink.of(href);
        }
        return new ResolvedLink(href, Map.of("hreflang", target.contentLanguage()),
                markers.marker(page.contentLanguage(), target.contentLanguage()));
    }

    /** The href of another page from this one: relative on the same site, absolute across sites. */
    public String href(Page target) {
        if (target.site().name().equals(page.site().name())) {
            return UrlPaths.relative(page.urlPath(), target.urlPath());
        }
        return target.absoluteUrl();
    }

    private boolean sameSite(String language) {
        return model.config().siteOf(language).name().equals(page.site().name());
    }

    private void checkAnchor(Page target, String fragment, String destination, SourcePosition position) {
        if (fragment == null || fragment.isEmpty() || fragment.startsWith("fn")) {
            return;
        }
        if (!target.document().anchors().contains(fragment)) {
            String hint = Suggestions.closest(fragment, target.document().anchors())
                    .map(s -> "did you mean '#" + s + "'?")
                    .orElse("the page has no heading or question with id '" + fragment + "'");
            diagnostics.error("link.broken", position, "link '" + destination + "' points to a missing anchor", hint);
        }
    }

    private ResolvedLink broken(String destination, SourcePosition position, String hint) {
        diagnostics.error("link.broken", position, "link '" + destination + "' leads to no page", hint);
        return ResolvedLink.of(destination);
    }

    private String relativeSource(String language, String sourcePath) {
        if (!language.equals(page.language())) {
            return "/" + language + "/" + sourcePath;
        }
        return UrlPaths.relative(folderOf(page.sourcePath()), sourcePath);
    }

    private static String folderOf(String sourcePath) {
        int slash = sourcePath.lastIndexOf('/');
        return slash < 0 ? "" : sourcePath.substring(0, slash + 1);
    }

    /** Resolves '.' and '..' segments; empty when the path climbs out of the language folder. */
    static Optional<String> normalize(String path) {
        String decoded = path.replace("%20", " ");
        List<String> parts = new ArrayList<>();
        for (String segment : decoded.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(segment);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
