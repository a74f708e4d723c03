package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Behaviour written in the page's own scripts: keyboard traps (2.1.2), single-key shortcuts (2.1.4),
 * motion actuation (2.5.4) and text that updates by itself (2.2.2).
 *
 * <p>No script runs here. The checks read the inline {@code <script>} text and the event-handler
 * attributes and look for the patterns that cause each failure; scripts loaded from elsewhere are
 * judged by how the page calls them. Each check first finds the behaviour, then looks for what makes it
 * acceptable (an exit key with instructions, a setting, a control), and reports only when that is missing.
 */
final class ScriptChecks implements A11yCheck {

    /** Selectors parsed once: jsoup parses a selector given as text on every call. */
    private static final org.jsoup.select.Evaluator SEL_MARQUEE_BLINK = org.jsoup.select.QueryParser.parse("marquee, blink");
    private static final org.jsoup.select.Evaluator SEL_SCRIPT = org.jsoup.select.QueryParser.parse("script");
    private static final org.jsoup.select.Evaluator SEL_HTML = org.jsoup.select.QueryParser.parse("html");

    private static final Pattern STRING = Pattern.compile("(['\"])([^'\"]*)\\1");
    private static final Pattern SELF_FOCUS = Pattern.compile("\\bthis\\s*\\.\\s*focus\\s*\\(");
    /** Visible text telling keyboard users how to get out, such as "press Escape to exit". */
    private static final Pattern EXIT_INSTRUCTIONS = Pattern.compile("(?i)\\b(press|hit|type)\\b.{0,40}\\b(exit|leave|escape|quit|continue|close)\\b");
    private static final Pattern FUNCTION = Pattern.compile(
            "function\\s+([A-Za-z_$][\\w$]*)\\s*\\([^)]*\\)\\s*\\{|(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*(?:function\\s*\\([^)]*\\)|\\([^)]*\\)\\s*=>|[A-Za-z_$][\\w$]*\\s*=>)\\s*\\{");
    private static final Pattern LISTENER = Pattern.compile("(?:([A-Za-z_$][\\w$.()'\"#-]*)\\s*\\.\\s*)?addEventListener\\s*\\(\\s*(['\"])([a-z]+)\\2\\s*,\\s*");
    /** An object literal passed to a call (a registration), which may name a key. */
    private static final Pattern OBJECT = Pattern.compile("[(,]\\s*(\\{[^{}]*\\})");
    private static final Pattern KEY_PROPERTY = Pattern.compile("\\b\\w*[kK]ey\\s*:\\s*(['\"])(.{1,12}?)\\1");
    private static final Pattern MODIFIER_ON = Pattern.compile("\\b(ctrl|alt|meta)Key\\s*:\\s*true|\\bfocus\\w*\\s*:\\s*true");
    private static final Pattern KEY_COMPARE = Pattern.compile("\\.key\\s*===?\\s*(['\"])(.)\\1|\\.keyCode\\s*===?\\s*(\\d+)|\\.which\\s*===?\\s*(\\d+)");
    private static final Pattern MODIFIER_CHECK = Pattern.compile("\\b(ctrlKey|altKey|metaKey|getModifierState)\\b");
    /** Writes that change what the page shows. */
    private static final Pattern DOM_WRITE = Pattern.compile(
            "\\.(textContent|innerText|innerHTML|outerHTML|nodeValue|value|data|src|checked)\\s*(=(?!=)|\\+=)|\\.style\\b|setAttribute\\s*\\(|classList\\s*\\."
                    + "|\\.(append|appendChild|prepend|insertBefore|insertAdjacent\\w*|replaceWith|replaceChildren|remove|removeChild)\\s*\\(|\\.(text|html)\\s*\\(");
    private static final Pattern TEXT_WRITE = Pattern.compile(
            "\\.(textContent|innerText|innerHTML|nodeValue|data)\\s*(=(?!=)|\\+=)|createTextNode\\s*\\(|\\.(text|html)\\s*\\(\\s*[^)\\s]");
    private static final Pattern CALL = Pattern.compile("\\b([A-Za-z_$][\\w$]*)\\s*\\(");
    private static final Set<String> NOT_CALLS = Set.of("if", "for", "while", "switch", "return", "function", "catch", "typeof");
    /** A load handler starting something that updates by itself (for scripts loaded from elsewhere). */
    private static final Pattern STARTS_UPDATES = Pattern.compile(
            "(?i)^(start|begin|run|init)\\w*(update|tick|refresh|rotat|cycle|slide|ticker|feed|carousel)\\w*$|^auto\\w*(update|refresh|rotat|play|scroll)\\w*$");
    private static final Pattern PAUSE_CONTROL = Pattern.compile(
            "(?i)pause|stop|hide|freeze|halt|frequency|speed|interval|toggle|control|clear(Interval|Timeout)");
    private static final Pattern SHORTCUT_SETTING = Pattern.compile("(?i)shortcut|hotkey|toggle|disable|remap|modifier");
    private static final Pattern MOTION_OFF = Pattern.compile("(?i)disable|turn off|switch off|motion|orientation|tilt|shake");
    private static final Pattern OPENS = Pattern.compile("\\b(open|show)\\w*\\s*\\(");
    private static final Pattern CLOSES = Pattern.compile("(?i)\\b(close|dismiss|hide)\\w*\\s*\\(|^\\s*(close|dismiss|cancel|done)\\s*$");
    private static final Pattern SETTINGS_NAME = Pattern.compile("(?i)shortcut|key|setting|control|option|preference");

    @Override
    public void check(AuditedPage page, List<A11yFinding> findings) {
        if (!hasBehaviour(page)) {
            return; // no script, no handler, no marquee: none of these rules can fail
        }
        Scripts scripts = new Scripts(page);
        keyboardTrap(page, scripts, findings);
        characterShortcuts(page, scripts, findings);
        motion(page, scripts, findings);
        autoUpdate(page, scripts, findings);
    }

    private static boolean hasBehaviour(AuditedPage page) {
        for (Element e : page.elements()) {
            String tag = e.normalName();
            if ((tag.equals("script") && runs(e)) || tag.equals("marquee") || tag.equals("blink")) {
                return true;
            }
            for (org.jsoup.nodes.Attribute attribute : e.attributes()) {
                if (attribute.getKey().regionMatches(true, 0, "on", 0, 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** JavaScript MIME types and the one other type that runs ("module"); any other type makes a data block, as JSON-LD is. */
    private static final Set<String> SCRIPT_TYPES = Set.of("", "module", "text/javascript", "application/javascript",
            "application/ecmascript", "application/x-ecmascript", "application/x-javascript", "text/ecmascript", "text/javascript1.0",
            "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4", "text/javascript1.5", "text/jscript",
            "text/livescript", "text/x-ecmascript", "text/x-javascript");

    /** Whether a browser runs the script, after HTML's rules for its {@code type}. */
    static boolean runs(Element script) {
        String type = Attr.get(script, "type").trim().toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        return SCRIPT_TYPES.contains(parameters < 0 ? type : type.substring(0, parameters).trim());
    }

    // ---- 2.1.2 -----------------------------------------------------------------------------------

    /**
     * A blur handler that puts focus back (on the element itself, or round a ring of elements that
     * send focus to each other) keeps Tab from leaving. Such a trap is acceptable only when a key
     * handler offers a way out and the page tells users which key that is.
     */
    private static void keyboardTrap(AuditedPage page, Scripts scripts, List<A11yFinding> findings) {
        Map<Element, Set<Element>> sends = focusOnBlur(page);
        Set<Element> reported = new LinkedHashSet<>();
        for (Element e : page.elements()) {
            if (!sends.containsKey(e) || reported.contains(e)) {
                continue;
            }
            Set<Element> ring = ringThrough(e, sends);
            if (ring.isEmpty()) {
                continue;
            }
            reported.addAll(ring);
            boolean exitKey = ring.stream().anyMatch(r -> hasKeyHandler(r, scripts));
            boolean told = EXIT_INSTRUCTIONS.matcher(page.visibleText(page.document().body() == null ? page.document() : page.document().body()))
                    .find();
            if (exitKey && told) {
                continue;
            }
            String what = ring.size() == 1 ? "<" + e.normalName() + "> takes focus back when it loses it (onblur)"
                    : "focus is sent round " + describe(ring) + " each time one of them loses it (onblur)";
            String missing = !exitKey ? "no key releases it" : "the page does not say which key releases it";
            findings.add(new A11yFinding(A11yRule.KEYBOARD_TRAP, e, what + ", so Tab cannot leave and " + missing,
                    "let focus move on when the element is left; if focus must stay, handle a key such as Escape that releases it and say so on the page"));
        }
    }

    /** Which focusable elements each rendered element's blur handler sends focus to. */
    private static Map<Element, Set<Element>> focusOnBlur(AuditedPage page) {
        Map<Element, Set<Element>> sends = new IdentityHashMap<>();
        for (Element e : page.elements()) {
            String handler = Attr.get(e, "onblur") + ";" + Attr.get(e, "onfocusout");
            if (handler.length() <= 1 || !handler.toLowerCase(Locale.ROOT).contains("focus") || !page.isInTabOrder(e)) {
                continue;
            }
            Set<Element> targets = new LinkedHashSet<>();
            if (SELF_FOCUS.matcher(handler).find()) {
                targets.add(e);
            }
            Matcher m = STRING.matcher(handler);
            while (m.find()) {
                page.byId(m.group(2)).filter(page::isInTabOrder).ifPresent(targets::add);
            }
            if (!targets.isEmpty()) {
                sends.put(e, targets);
            }
        }
        return sends;
    }

    /** The elements on a cycle of blur hand-offs through {@code start}; empty when focus can get away. */
    private static Set<Element> ringThrough(Element start, Map<Element, Set<Element>> sends) {
        List<Element> path = new ArrayList<>();
        path.add(start);
        return walk(start, start, sends, path, new LinkedHashSet<>());
    }

    private static Set<Element> walk(Element start, Element at, Map<Element, Set<Element>> sends, List<Element> path, Set<Element> seen) {
        for (Element next : sends.getOrDefault(at, Set.of())) {
            if (next == start) {
                return new LinkedHashSet<>(path);
            }
            if (seen.add(next)) {
                path.add(next);
                Set<Element> ring = walk(start, next, sends, path, seen);
                if (!ring.isEmpty()) {
                    return ring;
                }
                path.remove(path.size() - 1);
            }
        }
        return Set.of();
    }

    /** A key handler on the element, an ancestor, or the whole document can offer the way out. */
    private static boolean hasKeyHandler(Element e, Scripts scripts) {
        for (Element a = e; a != null; a = a.parent()) {
            if (Attr.has(a, "onkeydown") || Attr.has(a, "onkeyup") || Attr.has(a, "onkeypress")) {
                return true;
            }
        }
        return scripts.listeners().stream().anyMatch(l -> l.event().startsWith("key"));
    }

    private static String describe(Set<Element> ring) {
        List<String> names = new ArrayList<>();
        for (Element e : ring) {
            names.add("<" + e.normalName() + (e.id().isEmpty() ? "" : " id=\"" + e.id() + "\"") + ">");
        }
        return String.join(", ", names);
    }

    // ---- 2.1.4 -----------------------------------------------------------------------------------

    /**
     * A shortcut on a single printable key, active on the whole page, fires while people type or
     * speak commands. It needs a setting that turns it off or adds a modifier, and that setting has to
     * be reachable.
     */
    private static void characterShortcuts(AuditedPage page, Scripts scripts, List<A11yFinding> findings) {
        Optional<String> key = registeredKey(scripts).or(() -> listenedKey(scripts));
        if (key.isEmpty() || hasShortcutSetting(page)) {
            return;
        }
        Element body = page.document().body() == null ? page.document() : page.document().body();
        findings.add(new A11yFinding(A11yRule.CHARACTER_SHORTCUT, body, "the page reacts to the single key '" + key.get()
                + "' anywhere on the page, with no modifier and no setting that turns the shortcut off or remaps it",
                "add a visible setting that disables the shortcut or requires Ctrl/Alt with it, or make it work only while its control has focus"));
    }

    /** A key given to a registration call ({@code register({key: 'a'})}) without a modifier or focus restriction. */
    private static Optional<String> registeredKey(Scripts scripts) {
        Matcher o = OBJECT.matcher(scripts.all());
        while (o.find()) {
            String literal = o.group(1);
            Matcher k = KEY_PROPERTY.matcher(literal);
            if (k.find() && isPrintable(k.group(2)) && !MODIFIER_ON.matcher(literal).find()) {
                return Optional.of(k.group(2));
            }
        }
        return Optional.empty();
    }

    /** A page-wide key listener comparing the key with one printable character and ignoring modifiers. */
    private static Optional<String> listenedKey(Scripts scripts) {
        for (Listener l : scripts.listeners()) {
            if (!l.event().startsWith("key") || !l.pageWide() || MODIFIER_CHECK.matcher(l.body()).find()) {
                continue;
            }
            Matcher m = KEY_COMPARE.matcher(l.body());
            while (m.find()) {
                String key = m.group(2) != null ? m.group(2) : keyOfCode(m.group(3) != null ? m.group(3) : m.group(4));
                if (key != null && isPrintable(key)) {
                    return Optional.of(key);
                }
            }
        }
        return Optional.empty();
    }

    private static String keyOfCode(String code) {
        int c = Integer.parseInt(code);
        return c >= 48 && c <= 90 || c >= 186 && c <= 222 ? String.valueOf((char) (c <= 90 ? c : '?')) : null;
    }

    private static boolean isPrintable(String key) {
        return key.codePointCount(0, key.length()) == 1 && !key.isBlank();
    }

    /** A rendered control whose label or handler is about the shortcut, and which users can get to. */
    private static boolean hasShortcutSetting(AuditedPage page) {
        for (Element e : page.elements()) {
            if (!isControl(page, e) || !page.isRendered(e)) {
                continue;
            }
            String about = page.name(e) + " " + handlers(e);
            if (SHORTCUT_SETTING.matcher(about).find() && reachableSetting(page, e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A setting inside a dialog (a container with its own close button) is found only through the
     * control that opens it, and only if that control's name says what it opens.
     */
    private static boolean reachableSetting(AuditedPage page, Element setting) {
        Element dialog = closableContainer(page, setting);
        if (dialog == null) {
            return true;
        }
        for (Element e : page.elements()) {
            if (isControl(page, e) && !isInside(e, dialog) && OPENS.matcher(handlers(e)).find()
                    && SETTINGS_NAME.matcher(page.name(e)).find()) {
                return true;
            }
        }
        return false;
    }

    private static Element closableContainer(AuditedPage page, Element e) {
        for (Element a = e.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
            for (Element c : a.getAllElements()) {
                if (c != e && isControl(page, c) && (CLOSES.matcher(handlers(c)).find() || CLOSES.matcher(page.name(c)).find())) {
                    return a;
                }
            }
        }
        return null;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    // ---- 2.5.4 -----------------------------------------------------------------------------------

    /**
     * A device motion or orientation listener that changes the page must have the same function on a
     * control and a way to turn the motion response off. Reported when the page offers neither: no
     * control that does anything, and none that names turning motion off.
     */
    private static void motion(AuditedPage page, Scripts scripts, List<A11yFinding> findings) {
        for (Listener l : scripts.listeners()) {
            if (!l.event().equals("devicemotion") && !l.event().equals("deviceorientation") || !l.changesPage()) {
                continue;
            }
            if (hasWorkingControl(page, scripts) || hasMotionSwitch(page)) {
                return;
            }
            Element body = page.document().body() == null ? page.document() : page.document().body();
            findings.add(new A11yFinding(A11yRule.MOTION_ACTUATION, body, "a " + l.event()
                    + " listener changes the page, but no control does the same and nothing turns the motion response off",
                    "offer buttons or fields for the same function and a setting that disables responding to motion"));
            return;
        }
    }

    /** An enabled, rendered control that something listens to. */
    private static boolean hasWorkingControl(AuditedPage page, Scripts scripts) {
        for (Element e : page.elements()) {
            if (isControl(page, e) && page.isRendered(e) && !page.isDisabled(e)
                    && (!handlers(e).isBlank() || !e.id().isEmpty() && scripts.listensOn(e.id()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMotionSwitch(AuditedPage page) {
        for (Element e : page.elements()) {
            if (isControl(page, e) && page.isRendered(e) && !page.isDisabled(e) && MOTION_OFF.matcher(page.name(e)).find()) {
                return true;
            }
        }
        return false;
    }

    // ---- 2.2.2 -----------------------------------------------------------------------------------

    /**
     * Text that changes by itself (a timer started with the page that rewrites text, a marquee) next to
     * other content needs a control to pause, stop or hide it.
     */
    private static void autoUpdate(AuditedPage page, Scripts scripts, List<A11yFinding> findings) {
        Element body = page.document().body();
        if (body == null || hasPauseControl(page)) {
            return;
        }
        for (Element e : page.document().select(SEL_MARQUEE_BLINK)) {
            if (page.isVisible(e) && !page.visibleText(e).isEmpty()) {
                findings.add(new A11yFinding(A11yRule.AUTO_UPDATE, e, "<" + e.normalName() + "> moves its text by itself and nothing pauses it",
                        "replace the " + e.normalName() + " with static text, or add a control that stops it"));
                return;
            }
        }
        if (textBlocks(page, body) < 2) {
            return; // nothing else on the page competes with the changing text
        }
        Optional<String> timer = scripts.timerRewritingText().or(() -> scripts.startedOnLoad(STARTS_UPDATES));
        timer.ifPresent(what -> findings.add(new A11yFinding(A11yRule.AUTO_UPDATE, body, what
                + " changes text on the page by itself from the moment it loads, and no control pauses, stops or hides it",
                "add a button that pauses or stops the updates (or hides the changing text), or update only when the user asks")));
    }

    private static boolean hasPauseControl(AuditedPage page) {
        for (Element e : page.elements()) {
            if (isControl(page, e) && page.isRendered(e) && PAUSE_CONTROL.matcher(page.name(e) + " " + handlers(e)).find()) {
                return true;
            }
        }
        return false;
    }

    /** How many rendered elements show text of their own. */
    private static int textBlocks(AuditedPage page, Element body) {
        int count = 0;
        for (Element e : body.getAllElements()) {
            if (page.isVisible(e) && e.textNodes().stream().anyMatch(t -> !t.isBlank())) {
                count++;
            }
        }
        return count;
    }

    // ---- shared --------------------------------------------------------------------------------

    private static boolean isControl(AuditedPage page, Element e) {
        String tag = e.normalName();
        if (tag.equals("input")) {
            return !Attr.get(e, "type").equalsIgnoreCase("hidden");
        }
        if (Set.of("button", "select", "textarea").contains(tag)) {
            return true;
        }
        String role = page.role(e);
        return Set.of("button", "checkbox", "switch", "slider", "menuitemcheckbox", "radio").contains(role)
                || tag.equals("a") && Attr.has(e, "onclick");
    }

    /** The element's event-handler attributes, joined. */
    private static String handlers(Element e) {
        StringBuilder out = new StringBuilder();
        for (Attribute a : e.attributes()) {
            if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                out.append(a.getValue()).append(';');
            }
        }
        return out.toString();
    }

    /** An addEventListener call: the event, whether it is on the whole page, and the handler's code. */
    private record Listener(String event, boolean pageWide, String body, boolean changesPage) {
    }

    /** The page's inline script text and handler attributes, with the functions they define. */
    private static final class Scripts {
        private final String code;
        private final String all;
        private final Map<String, String> functions = new HashMap<>();
        private final List<Listener> listeners = new ArrayList<>();
        private final Element body;
        private final boolean external;

        Scripts(AuditedPage page) {
            StringBuilder inline = new StringBuilder();
            boolean loaded = false;
            for (Element script : page.document().select(SEL_SCRIPT)) {
                String type = Attr.get(script, "type").toLowerCase(Locale.ROOT);
                if (!type.isEmpty() && !type.contains("javascript") && !type.equals("module")) {
                    continue;
                }
                loaded |= Attr.has(script, "src");
                inline.append(script.data()).append('\n');
            }
            this.external = loaded;
            this.code = inline.toString();
            StringBuilder attributes = new StringBuilder(code);
            for (Element e : page.elements()) {
                attributes.append(handlers(e)).append('\n');
            }
            this.all = attributes.toString();
            this.body = page.document().body();
            readFunctions();
            readListeners(page);
        }

        String all() {
            return all;
        }

        List<Listener> listeners() {
            return listeners;
        }

        boolean listensOn(String id) {
            return Pattern.compile("['\"#]" + Pattern.quote(id) + "['\"]\\s*\\)\\s*\\.\\s*(addEventListener|on\\w+\\s*=)").matcher(code).find();
        }

        private void readFunctions() {
            Matcher m = FUNCTION.matcher(code);
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                functions.put(name, block(code, m.end() - 1));
            }
        }

        private void readListeners(AuditedPage page) {
            Matcher m = LISTENER.matcher(code);
            while (m.find()) {
                String target = m.group(1) == null ? "window" : m.group(1);
                boolean pageWide = target.equals("window") || target.equals("document") || target.equals("document.body")
                        || target.equals("self");
                String handler = handlerCode(m.end());
                listeners.add(new Listener(m.group(3), pageWide, handler, changes(handler, 0)));
            }
            for (Element e : new Element[] {page.document().selectFirst(SEL_HTML), body}) {
                if (e == null) {
                    continue;
                }
                for (Attribute a : e.attributes()) {
                    String key = a.getKey().toLowerCase(Locale.ROOT);
                    if (key.startsWith("on") && !key.equals("onload")) {
                        String expanded = expand(a.getValue());
                        listeners.add(new Listener(key.substring(2), true, expanded, changes(expanded, 0)));
                    }
                }
            }
        }

        /** The code a listener runs: an inline function's body, or the body of the function it names. */
        private String handlerCode(int at) {
            String rest = code.substring(at);
            Matcher name = Pattern.compile("^([A-Za-z_$][\\w$]*)\\s*[,)]").matcher(rest);
            if (name.find()) {
                return functions.getOrDefault(name.group(1), name.group(1) + "()");
            }
            int brace = rest.indexOf('{');
            int arrow = rest.indexOf("=>");
            if (arrow >= 0 && (brace < 0 || arrow < brace) && !rest.substring(arrow + 2).trim().startsWith("{")) {
                int end = rest.indexOf(')', arrow);
                return rest.substring(arrow + 2, end < 0 ? rest.length() : end);
            }
            return brace < 0 ? "" : block(rest, brace);
        }

        /** Handler attribute code with the page's own functions it calls written out. */
        private String expand(String handler) {
            StringBuilder out = new StringBuilder(handler);
            Matcher m = CALL.matcher(handler);
            while (m.find()) {
                out.append(';').append(functions.getOrDefault(m.group(1), ""));
            }
            return out.toString();
        }

        /**
         * Whether code changes the page: it writes to the DOM, or calls a function the page does not
         * define (a script from elsewhere, which is assumed to act on the page).
         */
        private boolean changes(String body, int depth) {
            if (DOM_WRITE.matcher(body).find()) {
                return true;
            }
            Matcher m = CALL.matcher(body);
            while (m.find()) {
                String name = m.group(1);
                int dot = m.start() - 1;
                boolean method = dot >= 0 && body.charAt(dot) == '.';
                if (NOT_CALLS.contains(name) || method) {
                    continue;
                }
                String defined = functions.get(name);
                if (defined == null || depth < 3 && changes(defined, depth + 1)) {
                    return true;
                }
            }
            return false;
        }

        /** A setInterval or setTimeout, started when the page loads, whose callback rewrites text. */
        Optional<String> timerRewritingText() {
            Set<String> started = startedFunctions();
            Matcher m = Pattern.compile("\\bset(Interval|Timeout)\\s*\\(\\s*").matcher(code);
            while (m.find()) {
                String callback = handlerCode(m.end());
                if (!TEXT_WRITE.matcher(callback).find() && !callsTextWriter(callback)) {
                    continue;
                }
                String enclosing = enclosingFunction(m.start());
                if (enclosing == null || started.contains(enclosing)) {
                    return Optional.of("set" + m.group(1));
                }
            }
            return Optional.empty();
        }

        private boolean callsTextWriter(String callback) {
            Matcher m = CALL.matcher(callback);
            while (m.find()) {
                String body = functions.get(m.group(1));
                if (body != null && TEXT_WRITE.matcher(body).find()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A function the load handler calls that is defined in a script loaded from elsewhere and whose
         * name says it starts updates; without its code the name is the best evidence there is.
         */
        Optional<String> startedOnLoad(Pattern names) {
            if (!external) {
                return Optional.empty();
            }
            for (String name : loadCalls()) {
                if (!functions.containsKey(name) && names.matcher(name).find()) {
                    return Optional.of(name + "()");
                }
            }
            return Optional.empty();
        }

        /** Functions run when the page loads: from the load handlers, top-level code, and what those call. */
        private Set<String> startedFunctions() {
            Set<String> started = new LinkedHashSet<>(loadCalls());
            Matcher top = CALL.matcher(topLevel());
            while (top.find()) {
                started.add(top.group(1));
            }
            boolean grew = true;
            while (grew) {
                grew = false;
                for (String name : List.copyOf(started)) {
                    Matcher m = CALL.matcher(functions.getOrDefault(name, ""));
                    while (m.find()) {
                        grew |= functions.containsKey(m.group(1)) && started.add(m.group(1));
                    }
                }
            }
            return started;
        }

        private Set<String> loadCalls() {
            Set<String> calls = new LinkedHashSet<>();
            String onload = body == null ? "" : Attr.get(body, "onload");
            Matcher m = CALL.matcher(onload);
            while (m.find()) {
                calls.add(m.group(1));
            }
            Matcher l = Pattern.compile("addEventListener\\s*\\(\\s*['\"](load|DOMContentLoaded)['\"]\\s*,\\s*([A-Za-z_$][\\w$]*)\\s*\\)").matcher(code);
            while (l.find()) {
                calls.add(l.group(2));
            }
            return calls;
        }

        /** The script text outside function bodies. */
        private String topLevel() {
            String rest = code;
            for (String body : functions.values()) {
                rest = rest.replace(body, "");
            }
            return rest;
        }

        private String enclosingFunction(int at) {
            Matcher m = FUNCTION.matcher(code);
            String found = null;
            while (m.find() && m.start() < at) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                int open = m.end() - 1;
                if (open + block(code, open).length() > at) {
                    found = name;
                }
            }
            return found;
        }

        /** The text of the brace block opening at {@code open}, braces included; strings are skipped. */
        private static String block(String text, int open) {
            int depth = 0;
            char quote = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == '\\') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"' || c == '`') {
                    quote = c;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return text.substring(open, i + 1);
                }
            }
            return text.substring(open);
        }
    }
}
