package org.ilo.helpdesk.ssg.checks;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ilo.helpdesk.ssg.config.SiteTarget;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Follows every {@code href} and {@code src} of every generated page, as a crawler would, before
 * anything is written. A link inside a site must reach a file of that site (and the anchor it names);
 * a link to another site must be an absolute link to one of its pages; a page may load nothing from
 * another site's root.
 */
public final class LinkCrawler {

    /** A link that leads nowhere, or crosses roots in a way a self-contained site may not. */
    public record Problem(String file, String url, String reason) {
    }

    // Selectors parsed once: parsing them for every page and element cost more than matching them.
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[a-z][a-z0-9+.-]*:");

    private final List<SiteTarget> sites;

    public LinkCrawler(List<SiteTarget> sites) {
        this.sites = sites.stream().sorted(Comparator.comparingInt((SiteTarget s) -> s.baseUrl().length()).reversed()).toList();
    }

    /** Checks the files of every site, given by path {@code <site>/<path in site>}. */
    public List<Problem> check(Map<String, byte[]> files) {
        return check(files.keySet(), ParsedPages.of(files));
    }

    /** Checks the links of {@code pages} against the files of the build, given by their paths. */
    public List<Problem> check(Set<String> outputFiles, ParsedPages pages) {
        // asked once or more per link: hashed, not a sorted set's string comparisons
        Set<String> files = new java.util.HashSet<>(outputFiles);
        Map<String, Set<String>> ids = new java.util.HashMap<>();
        pages.pages().forEach((path, facts) -> ids.put(path, facts.ids()));
        // Pages are checked in parallel; the problems come back in path order all the same.
        return pages.pages().keySet().parallelStream().sorted().flatMap(file -> {
            String site = file.substring(0, file.indexOf('/'));
            List<Problem> problems = new ArrayList<>();
            for (ParsedPages.Link link : pages.pages().get(file).links()) {
                check(site, file, link.url(), link.pageLink(), files, ids).ifPresent(reason -> problems.add(new Problem(file, link.url(), reason)));
            }
            return problems.stream();
        }).toList();
    }

    private Optional<String> check(String site, String file, String url, boolean pageLink, Set<String> files,
                                   Map<String, Set<String>> ids) {
        String trimmed = url.strip();
        if (trimmed.isEmpty()) {
            return Optional.of("empty link");
        }
        String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("mailto:") || lower.startsWith("tel:")) {
            return Optional.empty();
        }
        if (lower.startsWith("javascript:") || lower.startsWith("data:")) {
            return Optional.of("script or data URL");
        }
        String fragment = null;
        int hash = trimmed.indexOf('#');
        if (hash >= 0) {
            fragment = trimmed.substring(hash + 1);
            trimmed = trimmed.substring(0, hash);
        }
        int query = trimmed.indexOf('?');
        String address = query >= 0 ? trimmed.substring(0, query) : trimmed;
        String targetSite = site;
        String path;
        if (SCHEME.matcher(lower).lookingAt() || lower.startsWith("//")) {
            Optional<SiteTarget> owner = sites.stream().filter(s -> isAbsolute(s.baseUrl()) && address.startsWith(s.baseUrl())).findFirst();
            if (owner.isEmpty()) {
                return Optional.empty();
            }
            targetSite = owner.get().name();
            if (!targetSite.equals(site) && !pageLink) {
                return Optional.of("loads a file from another site's root");
            }
            path = address.substring(owner.get().baseUrl().length());
        } else if (address.startsWith("/")) {
            SiteTarget own = sites.stream().filter(s -> s.name().equals(site)).findFirst().orElseThrow();
            String basePath = basePath(own.baseUrl());
            if (!address.startsWith(basePath)) {
                return Optional.of("root-relative link outside the site's base path " + basePath);
            }
            path = address.substring(basePath.length());
        } else if (address.isEmpty()) {
            path = file.substring(site.length() + 1);
        } else {
            String dir = file.substring(site.length() + 1, file.lastIndexOf('/') + 1);
            Optional<String> resolved = resolve(dir, decode(address));
            if (resolved.isEmpty()) {
                return Optional.of("leaves the site's root");
            }
            path = resolved.get();
        }
        String target = targetSite + "/" + decode(path);
        if (target.endsWith("/")) {
            target += "index.html";
        }
        if (!files.contains(target)) {
            if (files.contains(target + "/index.html")) {
                target = target + "/index.html";
            } else {
                return Optional.of("no such file: " + target);
            }
        }
        if (fragment != null && !fragment.isEmpty() && ids.containsKey(target) && !ids.get(target).contains(decode(fragment))) {
            return Optional.of("no element with id '" + fragment + "' in " + target);
        }
        return Optional.empty();
    }

    private static boolean isAbsolute(String baseUrl) {
        return baseUrl.startsWith("http://") || baseUrl.startsWith("https://");
    }

    private static String basePath(String baseUrl) {
        if (!isAbsolute(baseUrl)) {
            return baseUrl;
        }
        try {
            String path = new URI(baseUrl).getPath();
            return path == null || path.isEmpty() ? "/" : path;
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    private static String decode(String path) {
        if (path.indexOf('%') < 0 && path.indexOf('+') < 0) {
            return path;
        }
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** Resolves '.' and '..' against {@code dir}; empty when the result would climb out of the root. */
    static Optional<String> resolve(String dir, String relative) {
        List<String> parts = new ArrayList<>(List.of(dir.split("/")));
        parts.removeIf(String::isEmpty);
        for (String segment : relative.split("/")) {
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                parts.add(segment);
            }
        }
        String joined = String.join("/", parts);
        boolean folder = relative.endsWith("/") || relative.equals(".") || relative.equals("..") || relative.endsWith("/.");
        return Optional.of(folder && !joined.isEmpty() ? joined + "/" : joined);
    }
}
