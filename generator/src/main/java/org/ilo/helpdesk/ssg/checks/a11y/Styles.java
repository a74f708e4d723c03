package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The computed style of a page's elements on a desktop screen at rest, from a small user-agent sheet,
 * the author's style sheets and {@code style} attributes: cascade by origin, importance, specificity
 * and order, inheritance, custom properties and {@code var()}. Only what the checks need is computed:
 * display, visibility, colours, font size and weight, spacing, positioning.
 */
public final class Styles {

    /** Selectors parsed once: jsoup parses a selector given as text on every call. */
    private static final org.jsoup.select.Evaluator SEL_STYLE = org.jsoup.select.QueryParser.parse("style");
    private static final org.jsoup.select.Evaluator SEL_HTML = org.jsoup.select.QueryParser.parse("html");

    private static final Set<String> INHERITED = Set.of("color", "visibility", "font-size", "font-weight", "line-height",
            "letter-spacing", "word-spacing", "white-space", "direction", "cursor", "font-style", "text-transform", "font-family");
    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[A-Za-z0-9_-]+)\\s*(?:,([^()]*(?:\\([^()]*\\)[^()]*)*))?\\)");
    private static final Pattern LENGTH = Pattern.compile("(-?[0-9]*\\.?[0-9]+)(px|pt|em|rem|%|vw|vh|ex|ch|pc|in|cm|mm)?");
    private static final Map<String, Evaluator> EVALUATORS = new java.util.concurrent.ConcurrentHashMap<>();

    static final Stylesheet USER_AGENT = Stylesheet.parse("""
            head, script, style, template, title, meta, link, base, noscript, datalist, param, [hidden] { display: none }
            input[type=hidden i] { display: none }
            html, body, div, p, h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, table, form, fieldset, header, footer, main,
            nav, section, article, aside, figure, figcaption, blockquote, pre, address, details, summary, hr, dialog { display: block }
            h1 { font-size: 2em; font-weight: bold } h2 { font-size: 1.5em; font-weight: bold } h3 { font-size: 1.17em; font-weight: bold }
            h4 { font-size: 1em; font-weight: bold } h5 { font-size: 0.83em; font-weight: bold } h6 { font-size: 0.67em; font-weight: bold }
            b, strong, th { font-weight: bold } small, sub, sup { font-size: smaller }
            a:link, a[href] { color: #0000ee } mark { background-color: yellow; color: black }
            dialog:not([open]) { display: none } button, input, select, textarea { color: black }
            """);

    private final Document document;
    private final List<Element> elements;
    private final RuleIndex index;
    private final List<Stylesheet.Rule> rules = new ArrayList<>();
    /** Each element's style, shared with every element (of any page) that has the same declarations and parent style. */
    private final Map<Element, Style> styleOf;
    private final Map<String, List<Element>> stateMatches = new HashMap<>();
    private double rootFontSize = Double.NaN;

    private record Matched(int origin, boolean important, int specificity, int order, Stylesheet.Declaration declaration) {
    }

    /** @param author the page's own style sheets ({@code <style>} elements are added from the document) */
    public Styles(Document document, Stylesheet author) {
        this.document = document;
        this.elements = document.getAllElements();
        // sized for the page at once: these maps hold an entry for most elements
        int size = elements.size();
        styleOf = new IdentityHashMap<>(size);
        Stylesheet sheet = author;
        for (Element style : document.select(SEL_STYLE)) {
            String media = Attr.get(style, "media");
            if (media.isEmpty() || appliesToScreen(media)) {
                sheet = sheet.plus(Stylesheet.parse(style.data()));
            }
        }
        RuleIndex index = sheet.index(RuleIndex::of);
        this.index = index;
        rules.addAll(index.rules());
        match();
    }

    private record Candidate(Stylesheet.Rule rule, List<Stylesheet.Declaration> used, Evaluator evaluator, int origin, int order) {
    }

    /**
     * The rules of the user-agent sheet and one author sheet filed for matching: each under the tag,
     * class or id its subject (rightmost compound) requires. Built once per sheet and shared by every
     * page it styles, with the candidates for each combination of tag, id and classes met so far.
     */
    private record RuleIndex(List<Stylesheet.Rule> rules, Map<String, List<Candidate>> byKey, List<Candidate> universal,
                             Map<String, List<Candidate>> bySignature, Map<String, Declared> declared, Map<StyleKey, Style> styles,
                             Map<String, Object> derived, Map<ViewportSize, List<Stylesheet.Rule>> onlyAt) {

        /** Beyond this many shared declarations or styles (a sheet styling very varied pages), new ones are not kept. */
        private static final int SHARED_LIMIT = 50_000;

        /** The declarations the matched rules and the style attribute give, shared by every element that has the same. */
        Declared declared(List<Candidate> hits, String inline) {
            StringBuilder key = new StringBuilder();
            for (Candidate hit : hits) {
                key.append(hit.order()).append(',');
            }
            key.append('|').append(inline);
            String k = key.toString();
            Declared known = declared.get(k);
            if (known != null) {
                return known;
            }
            Declared made = Declared.of(hits, inline);
            if (declared.size() < SHARED_LIMIT) {
                Declared raced = declared.putIfAbsent(k, made);
                return raced == null ? made : raced;
            }
            return made;
        }

        Style style(Style parent, Declared own) {
            StyleKey key = new StyleKey(parent, own);
            Style known = styles.get(key);
            if (known != null) {
                return known;
            }
            Style made = new Style(parent, own);
            if (styles.size() < SHARED_LIMIT) {
                Style raced = styles.putIfAbsent(key, made);
                return raced == null ? made : raced;
            }
            return made;
        }

        static RuleIndex of(Stylesheet author) {
            List<Stylesheet.Rule> rules = new ArrayList<>();
            Map<String, List<Candidate>> byKey = new HashMap<>();
            List<Candidate> universal = new ArrayList<>();
            int order = 0;
            for (int origin = 0; origin < 2; origin++) {
                for (Stylesheet.Rule rule : (origin == 0 ? USER_AGENT : author).rules()) {
                    order++;
                    rules.add(rule);
                    if (!rule.state().isEmpty() || !appliesToScreen(rule.media()) || rule.selector().contains("::")) {
                        continue;
                    }
                    Evaluator evaluator = evaluator(rule.selector());
                    if (evaluator == null) {
                        continue;
                    }
                    List<Stylesheet.Declaration> used = rule.declarations().stream().filter(d -> isUsed(d.property())).toList();
                    if (used.isEmpty()) {
                        continue;
                    }
                    Candidate candidate = new Candidate(rule, used, evaluator, origin, order);
                    String key = subjectKey(rule.selector());
                    if (key == null) {
                        universal.add(candidate);
                    } else {
                        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
                    }
                }
            }
            return new RuleIndex(List.copyOf(rules), byKey, List.copyOf(universal), new java.util.concurrent.ConcurrentHashMap<>(),
                    new java.util.concurrent.ConcurrentHashMap<>(), new java.util.concurrent.ConcurrentHashMap<>(),
                    new java.util.concurrent.ConcurrentHashMap<>(), new java.util.concurrent.ConcurrentHashMap<>());
        }

        /** The rules an element with this tag, id and classes may match, in sheet order. */
        List<Candidate> candidates(Element element) {
            String id = element.id();
            String classes = Attr.has(element, "class") ? element.className() : "";
            String signature = element.normalName() + "#" + id + "." + classes;
            List<Candidate> known = bySignature.get(signature);
            if (known != null) {
                return known;
            }
            List<Candidate> candidates = new ArrayList<>(universal);
            candidates.addAll(byKey.getOrDefault(element.normalName(), List.of()));
            if (!id.isEmpty()) {
                candidates.addAll(byKey.getOrDefault("#" + id, List.of()));
            }
            if (!classes.isEmpty()) {
                for (String c : element.classNames()) {
                    candidates.addAll(byKey.getOrDefault("." + c, List.of()));
                }
            }
            candidates.sort(java.util.Comparator.comparingInt(Candidate::order));
            List<Candidate> distinct = new ArrayList<>(candidates.size());
            for (Candidate candidate : candidates) {
                if (distinct.isEmpty() || distinct.get(distinct.size() - 1) != candidate) {
                    distinct.add(candidate);
                }
            }
            List<Candidate> result = List.copyOf(distinct);
            if (bySignature.size() < 10_000) {
                bySignature.put(signature, result);
            }
            return result;
        }
    }

    /** The properties the checks read; declarations of any other (margins, borders, fonts…) are not cascaded. */
    private static final java.util.Set<String> USED = java.util.Set.of("display", "visibility", "color", "background",
            "background-color", "background-image", "font-size", "font-weight", "font-family", "line-height", "letter-spacing",
            "word-spacing", "white-space", "position", "left", "top", "right", "inset", "inset-inline-start", "clip", "clip-path",
            "overflow", "overflow-x", "overflow-y", "width", "height", "max-width", "opacity", "text-indent", "text-shadow",
            "text-overflow", "transform", "rotate", "outline", "outline-style", "content", "direction");

    private static boolean isUsed(String property) {
        return USED.contains(property) || property.startsWith("--");
    }

    /**
     * Matches the rules to the page in one walk, each element tested only against the rules filed under
     * its tag, id and classes, and gives each element its style (parents come before their children).
     */
    private void match() {
        for (Element element : elements) {
            style(element);
        }
    }

    /** The element's style: its matched rules and style attribute over its parent's style, worked out once. */
    private Style style(Element element) {
        Style style = styleOf.get(element);
        if (style == null) {
            List<Candidate> hits = new ArrayList<>(4);
            for (Candidate candidate : index.candidates(element)) {
                if (candidate.evaluator().matches(document, element)) {
                    hits.add(candidate);
                }
            }
            Element parent = element.parent();
            style = index.style(parent == null ? null : style(parent), index.declared(hits, Attr.get(element, "style")));
            styleOf.put(element, style);
        }
        return style;
    }

    /** What the cascade declares for an element itself, by property. Shared: compared by identity. */
    private static final class Declared {
        final Map<String, String> values;

        private Declared(Map<String, String> values) {
            this.values = values;
        }

        static Declared of(List<Candidate> hits, String inline) {
            List<Matched> all = new ArrayList<>();
            for (Candidate c : hits) {
                for (Stylesheet.Declaration d : c.used()) {
                    all.add(new Matched(c.origin(), d.important(), c.rule().specificity(), c.order(), d));
                }
            }
            if (!inline.isBlank()) {
                for (Stylesheet.Declaration d : Stylesheet.declarations(inline)) {
                    all.add(new Matched(2, d.important(), 1_000_000, Integer.MAX_VALUE, d));
                }
            }
            all.sort(CASCADE_ORDER);
            Map<String, String> values = all.isEmpty() ? Map.of() : new HashMap<>();
            for (Matched m : all) {
                expand(m.declaration(), values);
            }
            return new Declared(values);
        }
    }

    private record StyleKey(Style parent, Declared own) {
    }

    private record ViewportSize(double width, double height) {
    }

    /**
     * Computed values of one element, worked out from its own declarations and its parent's style;
     * the same for every element with the same two, so they are worked out once for all of them.
     */
    private static final class Style {
        private static final String NONE = new String("(none)");
        final Style parent;
        final Declared own;
        private final Map<String, String> computed = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile Boolean displayNone;
        private volatile Boolean rendered;
        // worked out by Styles from the element and its ancestors, whose styles this one implies
        volatile Boolean visuallyHidden;
        volatile Double fontSize;
        volatile Double opacity;
        volatile Optional<CssColor> color;
        volatile List<CssColor> backdrops;

        Style(Style parent, Declared own) {
            this.parent = parent;
            this.own = own;
        }

        String get(String property) {
            String known = computed.get(property);
            if (known != null) {
                return known == NONE ? null : known;
            }
            String value = compute(property);
            computed.put(property, value == null ? NONE : value);
            return value;
        }

        private String compute(String property) {
            String value = own.values.get(property);
            boolean inherits = INHERITED.contains(property) || property.startsWith("--");
            if (value != null) {
                String keyword = value.trim().toLowerCase(Locale.ROOT);
                if (keyword.equals("inherit") || (keyword.equals("unset") && inherits)) {
                    value = parent == null ? null : parent.get(property);
                } else if (keyword.equals("initial") || keyword.equals("unset") || keyword.equals("revert")) {
                    value = null;
                } else if (value.contains("var(")) {
                    value = resolveVars(value, 0);
                }
            } else if (inherits) {
                value = parent == null ? null : parent.get(property);
            }
            return value;
        }

        String resolveVars(String value, int depth) {
            if (depth > 10) {
                return null;
            }
            Matcher m = VAR.matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String resolved = get(m.group(1));
                if (resolved == null) {
                    resolved = m.group(2) == null ? "" : m.group(2).trim();
                }
                m.appendReplacement(out, Matcher.quoteReplacement(resolved));
            }
            m.appendTail(out);
            String result = out.toString();
            return result.contains("var(") ? resolveVars(result, depth + 1) : result;
        }

        String display() {
            String d = get("display");
            return d == null ? "inline" : d.trim().toLowerCase(Locale.ROOT);
        }

        boolean isDisplayNone() {
            Boolean known = displayNone;
            if (known == null) {
                known = display().equals("none") || (parent != null && parent.isDisplayNone());
                displayNone = known;
            }
            return known;
        }

        /** Not {@code display: none} here or above, and not {@code visibility: hidden} or {@code collapse}. */
        boolean isRendered() {
            Boolean known = rendered;
            if (known == null) {
                String visibility = isDisplayNone() ? "hidden" : get("visibility");
                known = visibility == null || !(visibility.equals("hidden") || visibility.equals("collapse"));
                rendered = known;
            }
            return known;
        }
    }

    /** The one class, id or tag that every element the selector matches must have; null when there is none to name. */
    static String subjectKey(String selector) {
        String known = SUBJECT_KEYS.get(selector);
        if (known != null) {
            return known.isEmpty() ? null : known;
        }
        String key = findSubjectKey(selector);
        if (SUBJECT_KEYS.size() < 10_000) {
            SUBJECT_KEYS.put(selector, key == null ? "" : key);
        }
        return key;
    }

    private static final Map<String, String> SUBJECT_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String findSubjectKey(String selector) {
        String subject = selector.trim();
        int cut = Math.max(Math.max(subject.lastIndexOf(' '), subject.lastIndexOf('>')), Math.max(subject.lastIndexOf('+'), subject.lastIndexOf('~')));
        subject = subject.substring(cut + 1);
        if (subject.contains("(") || subject.contains("\\") || subject.contains("|")) {
            return null;
        }
        subject = subject.replaceAll("\\[[^\\]]*\\]", "");
        String tag = null;
        for (String part : subject.split("(?=[.#:])")) {
            if (part.startsWith("#") && part.length() > 1) {
                return part;
            }
            if (part.startsWith(".") && part.length() > 1) {
                return part;
            }
            if (!part.isEmpty() && !part.startsWith(":") && !part.equals("*") && Character.isLetter(part.charAt(0))) {
                tag = part.toLowerCase(Locale.ROOT);
            }
        }
        return tag;
    }

    private List<Element> select(String selector) {
        Evaluator evaluator = evaluator(selector);
        if (evaluator == null) {
            return List.of();
        }
        // the element a rule styles must carry the class, id or tag its subject names: that cheap test
        // comes first, and most elements never reach the selector's own
        String key = subjectKey(selector);
        List<Element> found = new ArrayList<>();
        for (Element e : elements) {
            if ((key == null || hasKey(e, key)) && evaluator.matches(document, e)) {
                found.add(e);
            }
        }
        return found;
    }

    private static boolean hasKey(Element e, String key) {
        return switch (key.charAt(0)) {
            case '.' -> e.hasClass(key.substring(1));
            case '#' -> e.id().equals(key.substring(1));
            default -> e.normalName().equals(key);
        };
    }

    /** A value worked out from the page's rules alone, once for every page styled by the same sheets. */
    @SuppressWarnings("unchecked")
    <T> T fromRules(String name, java.util.function.Function<List<Stylesheet.Rule>, T> work) {
        return (T) index.derived().computeIfAbsent(name, n -> work.apply(index.rules()));
    }

    static Evaluator evaluator(String selector) {
        String key = selector.trim();
        Evaluator cached = EVALUATORS.get(key);
        if (cached != null) {
            return cached instanceof Never ? null : cached;
        }
        Evaluator parsed;
        try {
            parsed = QueryParser.parse(key.replace(":root", "html").replaceAll(":(link|any-link)\\b", "[href]"));
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            parsed = new Never();
        }
        if (EVALUATORS.size() < 10_000) {
            EVALUATORS.put(key, parsed);
            if (!(parsed instanceof Never) && key.matches(".*[\\s>+~:(].*")) {
                REMEMBERING.add(parsed);
            }
        }
        return parsed instanceof Never ? null : parsed;
    }

    /**
     * Shared selectors with combinators or pseudo-classes. jsoup's structural selectors remember, per
     * thread, what they matched under each root they were asked about; only a search through jsoup's
     * own select forgets it. Asked directly, as the cascade asks them, they would keep every page a
     * thread ever checked, so {@link #release} makes them forget after each page.
     */
    private static final Set<Evaluator> REMEMBERING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Makes the shared selectors forget this page: called when its audit is over, on the thread that did it. */
    void release() {
        Element empty = new Element("template");
        for (Evaluator evaluator : REMEMBERING) {
            org.jsoup.select.Collector.collect(evaluator, empty); // a search starts by clearing the selector's memory
        }
    }

    /** A selector jsoup cannot read: it matches nothing here, as an unknown selector does in a browser. */
    private static final class Never extends Evaluator {
        @Override
        public boolean matches(Element root, Element element) {
            return false;
        }
    }

    /** Whether a media query list applies to a 1280×800 colour screen in light mode. */
    static boolean appliesToScreen(String media) {
        return appliesToViewport(media, 1280, 800);
    }

    /** Whether a media query list applies to a colour screen of the given size in CSS pixels, such as a zoomed one. */
    static boolean appliesToViewport(String media, double width, double height) {
        if (media == null || media.isBlank()) {
            return true;
        }
        String key = width + "x" + height + " " + media;
        Boolean known = MEDIA_RESULTS.get(key);
        if (known != null) {
            return known;
        }
        boolean applies = evaluateMedia(media, width, height);
        if (MEDIA_RESULTS.size() < 10_000) {
            MEDIA_RESULTS.put(key, applies);
        }
        return applies;
    }

    private static final Map<String, Boolean> MEDIA_RESULTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean evaluateMedia(String media, double width, double height) {
        for (String query : Stylesheet.splitTopLevel(media.toLowerCase(Locale.ROOT), ',')) {
            if (queryApplies(query.trim(), width, height)) {
                return true;
            }
        }
        return false;
    }

    private static boolean queryApplies(String query, double width, double height) {
        boolean negate = query.startsWith("not ");
        String q = negate ? query.substring(4) : query;
        boolean result = true;
        for (String part : q.split("\\s+and\\s+")) {
            part = part.trim().replaceFirst("^only\\s+", "");
            if (part.isEmpty()) {
                continue;
            }
            if (!part.startsWith("(")) {
                result &= part.equals("screen") || part.equals("all");
                continue;
            }
            String feature = part.replaceAll("[()]", "").trim();
            String[] kv = feature.split(":", 2);
            String name = kv[0].trim();
            String value = kv.length > 1 ? kv[1].trim() : "";
            double px = value.endsWith("em") ? parseNumber(value.replaceAll("r?em", "")) * 16 : parseNumber(value.replace("px", ""));
            result &= switch (name) {
                case "min-width" -> width >= px;
                case "max-width" -> width <= px;
                case "min-height" -> height >= px;
                case "max-height" -> height <= px;
                case "orientation" -> value.equals(width >= height ? "landscape" : "portrait");
                case "prefers-color-scheme" -> value.equals("light");
                case "prefers-reduced-motion", "forced-colors", "prefers-contrast" -> value.equals("no-preference") || value.equals("none");
                case "hover" -> value.equals("hover");
                case "pointer" -> value.equals("fine");
                default -> true;
            };
        }
        return negate != result;
    }

    private static double parseNumber(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The value that wins the cascade for {@code element} itself, before inheritance, or null. */
    public String declared(Element element, String property) {
        return style(element).own.values.get(property);
    }

    private static final Comparator<Matched> CASCADE_ORDER = Comparator
            .comparingInt((Matched m) -> m.important() ? (m.origin() == 0 ? 5 : 4) : m.origin())
            .thenComparingInt(Matched::specificity).thenComparingInt(Matched::order);

    /** Puts a declaration into {@code values}, splitting the shorthands the checks read. */
    private static void expand(Stylesheet.Declaration d, Map<String, String> values) {
        String p = d.property();
        String v = d.value();
        switch (p) {
            case "background" -> {
                String lower = v.toLowerCase(Locale.ROOT);
                values.put("background-image", lower.contains("url(") || lower.contains("gradient(") ? v : "none");
                values.put("background-color", v);
            }
            case "outline" -> {
                values.put("outline", v);
                values.put("outline-style", v);
            }
            case "inset" -> {
                String[] parts = v.trim().split("\\s+");
                values.put("top", parts[0]);
                values.put("left", parts.length > 3 ? parts[3] : parts.length > 1 ? parts[1] : parts[0]);
            }
            case "inset-inline-start" -> values.put("left", v);
            default -> values.put(p, v);
        }
    }

    /** The computed value of {@code property}: declared, inherited or initial; {@code var()} resolved. */
    public String get(Element element, String property) {
        return style(element).get(property);
    }

    private String resolveVars(Element element, String value, int depth) {
        return style(element).resolveVars(value, depth);
    }

    public String display(Element element) {
        return style(element).display();
    }

    /** Whether this element or an ancestor has {@code display: none}, or it sits outside the rendered tree. */
    public boolean isDisplayNone(Element element) {
        return style(element).isDisplayNone();
    }


    /** Whether the element is drawn: not {@code display: none}, not {@code visibility: hidden}. */
    public boolean isRendered(Element element) {
        return style(element).isRendered();
    }

    /** Whether the element is rendered but moved off screen or clipped to nothing, the usual "visually hidden" patterns. */
    public boolean isVisuallyHidden(Element element) {
        // this and the values below depend only on the element's style, so they are kept with it
        Style style = style(element);
        Boolean known = style.visuallyHidden;
        if (known != null) {
            return known;
        }
        boolean hidden = ownVisuallyHidden(element) || (element.parent() != null && isVisuallyHidden(element.parent()));
        style.visuallyHidden = hidden;
        return hidden;
    }

    private boolean ownVisuallyHidden(Element e) {
        String position = String.valueOf(get(e, "position"));
        if (position.equals("absolute") || position.equals("fixed")) {
            if (pixels(e, get(e, "left")) <= -500 || pixels(e, get(e, "top")) <= -500 || pixels(e, get(e, "right")) <= -500) {
                return true;
            }
            String clip = String.valueOf(get(e, "clip")).replace(" ", "");
            if (clip.startsWith("rect(0") && (clip.equals("rect(0,0,0,0)") || clip.equals("rect(0000)") || clip.startsWith("rect(0px")
                    || clip.startsWith("rect(1px"))) {
                return true;
            }
        }
        String clipPath = String.valueOf(get(e, "clip-path")).replace(" ", "");
        if (clipPath.equals("inset(50%)") || clipPath.equals("inset(100%)")) {
            return true;
        }
        String overflow = String.valueOf(get(e, "overflow"));
        if (overflow.equals("hidden") && (isTiny(e, "width") || isTiny(e, "height"))) {
            return true;
        }
        String opacity = get(e, "opacity");
        if (opacity != null && parseNumber(opacity.replace("%", "")) == 0) {
            return true;
        }
        String indent = get(e, "text-indent");
        if (indent != null && pixels(e, indent) <= -500) {
            return true;
        }
        return false;
    }

    private boolean isTiny(Element e, String property) {
        String value = get(e, property);
        return value != null && pixels(e, value) <= 1;
    }

    /** Font size in CSS pixels. */
    public double fontSize(Element element) {
        Style style = style(element);
        Double cached = style.fontSize;
        if (cached != null) {
            return cached;
        }
        Element parent = element.parent();
        double parentSize = parent == null ? 16 : fontSize(parent);
        String value = declared(element, "font-size");
        double size = parentSize;
        if (value != null) {
            if (value.contains("var(")) {
                value = resolveVars(element, value, 0);
            }
            size = sizeFrom(value == null ? "" : value.trim().toLowerCase(Locale.ROOT), parentSize);
        }
        style.fontSize = size;
        return size;
    }

    private double sizeFrom(String value, double parentSize) {
        switch (value) {
            case "xx-small": return 9;
            case "x-small": return 10;
            case "small": return 13;
            case "medium": return 16;
            case "large": return 18;
            case "x-large": return 24;
            case "xx-large": return 32;
            case "xxx-large": return 48;
            case "smaller": return parentSize / 1.2;
            case "larger": return parentSize * 1.2;
            default:
                double px = length(value, parentSize, rootFontSize());
                return Double.isNaN(px) ? parentSize : px;
        }
    }

    private double rootFontSize() {
        if (Double.isNaN(rootFontSize)) {
            rootFontSize = 16; // rem inside the root's own font-size refers to the initial 16px
            Element root = document.selectFirst(SEL_HTML);
            String value = root == null ? null : declared(root, "font-size");
            if (value != null) {
                rootFontSize = sizeFrom(value.trim().toLowerCase(Locale.ROOT), 16);
            }
        }
        return rootFontSize;
    }

    /** A length in pixels for {@code element} (em relative to its font size); NaN when it is not a length. */
    public double pixels(Element element, String value) {
        if (value == null) {
            return Double.NaN;
        }
        return length(value.trim().toLowerCase(Locale.ROOT), fontSize(element), rootFontSize());
    }

    static double length(String value, double em, double rem) {
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) {
            return Double.NaN;
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        return switch (unit) {
            case "px" -> n;
            case "pt" -> n * 4 / 3;
            case "pc" -> n * 16;
            case "in" -> n * 96;
            case "cm" -> n * 96 / 2.54;
            case "mm" -> n * 96 / 25.4;
            case "em" -> n * em;
            case "rem" -> n * rem;
            case "ex", "ch" -> n * em / 2;
            case "%" -> n * em / 100;
            case "vw" -> n * 12.8;
            case "vh" -> n * 8;
            default -> n == 0 ? 0 : Double.NaN;
        };
    }

    /** Numeric font weight (400 normal, 700 bold). */
    public int fontWeight(Element element) {
        String value = get(element, "font-weight");
        if (value == null) {
            return 400;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "normal" -> 400;
            case "bold", "bolder" -> 700;
            case "lighter" -> 300;
            default -> {
                double n = parseNumber(v);
                yield Double.isNaN(n) ? 400 : (int) n;
            }
        };
    }

    /** The text colour, or empty when it cannot be known (an unknown value). */
    public Optional<CssColor> color(Element element) {
        Style style = style(element);
        Optional<CssColor> known = style.color;
        if (known == null) {
            known = ownColor(element);
            style.color = known;
        }
        return known;
    }

    private Optional<CssColor> ownColor(Element element) {
        String value = get(element, "color");
        if (value == null) {
            return Optional.of(CssColor.BLACK);
        }
        if (value.trim().equalsIgnoreCase("currentcolor")) {
            Element parent = element.parent();
            return parent == null ? Optional.of(CssColor.BLACK) : color(parent);
        }
        return CssColor.parse(value);
    }

    /**
     * The colours the text may stand on: one for plain backgrounds; one per colour stop under a
     * gradient; the declared colour under an image that has one. Empty when it cannot be known (an
     * image without a colour, an unknown value).
     */
    public List<CssColor> backdrops(Element element) {
        Style style = style(element);
        List<CssColor> known = style.backdrops;
        if (known == null) {
            known = List.copyOf(ownBackdrops(element));
            style.backdrops = known;
        }
        return known;
    }

    private List<CssColor> ownBackdrops(Element element) {
        List<List<CssColor>> layers = new ArrayList<>();
        for (Element e = element; e != null; e = e.parent()) {
            String image = get(e, "background-image");
            String value = get(e, "background-color");
            Optional<CssColor> color = Optional.empty();
            if (value != null) {
                String v = value.trim();
                color = v.equalsIgnoreCase("currentcolor") ? color(e) : CssColor.find(v);
                if (color.isEmpty() && !v.equalsIgnoreCase("none") && !v.toLowerCase(Locale.ROOT).contains("url(")
                        && !v.toLowerCase(Locale.ROOT).contains("gradient(")) {
                    return List.of();
                }
            }
            if (image != null && !image.trim().equalsIgnoreCase("none")) {
                String lower = image.toLowerCase(Locale.ROOT);
                if (lower.contains("url(")) {
                    if (color.isEmpty() || color.get().alpha() == 0) {
                        return List.of();
                    }
                    layers.add(List.of(color.get().withAlpha(1)));
                    break;
                }
                List<CssColor> stops = gradientColors(image);
                if (stops.isEmpty()) {
                    return List.of();
                }
                layers.add(stops);
            }
            if (color.isPresent() && color.get().alpha() > 0) {
                layers.add(List.of(color.get()));
                if (color.get().alpha() >= 1 && (image == null || image.trim().equalsIgnoreCase("none"))) {
                    break;
                }
            }
        }
        List<CssColor> result = List.of(CssColor.WHITE);
        for (int i = layers.size() - 1; i >= 0; i--) {
            List<CssColor> next = new ArrayList<>();
            for (CssColor top : layers.get(i)) {
                for (CssColor below : result) {
                    if (next.size() < 64) {
                        next.add(top.over(below));
                    }
                }
            }
            result = next;
        }
        return result;
    }

    private static final Pattern COLOR_TOKEN = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|(?:rgba?|hsla?)\\([^)]*\\)|\\b[a-zA-Z]+\\b");

    static List<CssColor> gradientColors(String value) {
        List<CssColor> colors = new ArrayList<>();
        Matcher m = COLOR_TOKEN.matcher(value);
        while (m.find()) {
            String token = m.group();
            if (token.matches("(?i)(repeating-)?(linear|radial|conic)|gradient|to|at|circle|ellipse|deg|turn")) {
                continue;
            }
            CssColor.parse(token).ifPresent(colors::add);
        }
        return colors;
    }

    /** The product of the opacities of the element and its ancestors. */
    public double opacity(Element element) {
        Style style = style(element);
        Double known = style.opacity;
        if (known != null) {
            return known;
        }
        double product = element.parent() == null ? 1 : opacity(element.parent());
        String value = declared(element, "opacity");
        if (value != null) {
            String v = value.trim();
            double n = v.endsWith("%") ? parseNumber(v.substring(0, v.length() - 1)) / 100 : parseNumber(v);
            if (!Double.isNaN(n)) {
                product *= Math.max(0, Math.min(1, n));
            }
        }
        style.opacity = product;
        return product;
    }


    /** Rules at rest whose media query holds at {@code width}×{@code height} but not on the desktop screen. */
    public List<Stylesheet.Rule> rulesOnlyAt(double width, double height) {
        // asked for each element and property: keyed by a small record, not a string made each time
        return index.onlyAt().computeIfAbsent(new ViewportSize(width, height), k -> rules.stream()
                .filter(r -> r.state().isEmpty() && !r.media().isBlank() && !appliesToScreen(r.media())
                        && appliesToViewport(r.media(), width, height))
                .toList());
    }

    /** Whether a rule of {@link #rulesOnlyAt} declares the property: when none does, the desktop value stands. */
    public boolean declaredOnlyAt(double width, double height, String property) {
        Map<ViewportSize, Set<String>> byViewport = fromRules("properties declared only at a viewport",
                rules -> new java.util.concurrent.ConcurrentHashMap<ViewportSize, Set<String>>());
        return byViewport.computeIfAbsent(new ViewportSize(width, height), size -> {
            Set<String> properties = new java.util.HashSet<>();
            rulesOnlyAt(width, height).forEach(r -> r.declarations().forEach(d -> properties.add(d.property())));
            return Set.copyOf(properties);
        }).contains(property);
    }

    /** Every rule of the page's sheets, including those for states such as {@code :focus}. */
    public List<Stylesheet.Rule> rules() {
        return rules;
    }

    private static final java.util.regex.Pattern STATE_PSEUDO_CLASS =
            java.util.regex.Pattern.compile(":(focus-visible|focus-within|focus|hover|active|visited|target)(?![a-z-])");

    /** The elements a state rule's selector matches with its state pseudo-class taken away. */
    public List<Element> matchesIgnoringState(Stylesheet.Rule rule) {
        return stateMatches.computeIfAbsent(rule.selector(), s -> {
            String plain = STATE_PSEUDO_CLASS.matcher(s).replaceAll("");
            if (plain.contains("::")) {
                return List.of();
            }
            return select(plain.isBlank() ? "*" : plain);
        });
    }

    public Document document() {
        return document;
    }

    /** Every element of the page in document order. */
    List<Element> elements() {
        return elements;
    }
}
