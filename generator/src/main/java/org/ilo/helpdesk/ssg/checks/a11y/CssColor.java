package org.ilo.helpdesk.ssg.checks.a11y;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An sRGB colour with alpha, as CSS writes it, and the WCAG relative luminance and contrast ratio. */
public record CssColor(double r, double g, double b, double alpha) {

    public static final CssColor WHITE = new CssColor(255, 255, 255, 1);
    public static final CssColor BLACK = new CssColor(0, 0, 0, 1);
    public static final CssColor TRANSPARENT = new CssColor(0, 0, 0, 0);

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3,8})");
    private static final Pattern FUNCTION = Pattern.compile("(rgba?|hsla?)\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);

    /** Parses one colour value; empty for keywords that depend on context ({@code currentColor}) or unknown text. */
    public static Optional<CssColor> parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("transparent")) {
            return Optional.of(TRANSPARENT);
        }
        Matcher hex = HEX.matcher(v);
        if (hex.matches()) {
            String h = hex.group(1);
            if (h.length() == 3 || h.length() == 4) {
                StringBuilder full = new StringBuilder();
                for (char c : h.toCharArray()) {
                    full.append(c).append(c);
                }
                h = full.toString();
            }
            if (h.length() != 6 && h.length() != 8) {
                return Optional.empty();
            }
            double a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) / 255.0 : 1;
            return Optional.of(new CssColor(Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                    Integer.parseInt(h.substring(4, 6), 16), a));
        }
        Matcher function = FUNCTION.matcher(v);
        if (function.matches()) {
            String[] parts = function.group(2).replace("/", " ").replace(",", " ").trim().split("\\s+");
            if (parts.length < 3) {
                return Optional.empty();
            }
            try {
                double alpha = parts.length > 3 ? fraction(parts[3]) : 1;
                if (function.group(1).startsWith("rgb")) {
                    return Optional.of(new CssColor(channel(parts[0]), channel(parts[1]), channel(parts[2]), alpha));
                }
                return Optional.of(hsl(hue(parts[0]), fraction(parts[1]), fraction(parts[2]), alpha));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        String named = NAMED.get(v);
        return named == null ? Optional.empty() : parse(named);
    }

    /** Finds the first colour among the space-separated words of a shorthand such as {@code background}. */
    public static Optional<CssColor> find(String shorthand) {
        for (String word : Stylesheet.splitTopLevel(shorthand.trim(), ' ')) {
            Optional<CssColor> color = parse(word);
            if (color.isPresent()) {
                return color;
            }
        }
        return Optional.empty();
    }

    /** This colour drawn over an opaque {@code backdrop}. */
    public CssColor over(CssColor backdrop) {
        double a = alpha;
        return new CssColor(r * a + backdrop.r * (1 - a), g * a + backdrop.g * (1 - a), b * a + backdrop.b * (1 - a), 1);
    }

    public CssColor withAlpha(double newAlpha) {
        return new CssColor(r, g, b, newAlpha);
    }

    public double luminance() {
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    public static double contrast(CssColor a, CssColor b) {
        double la = a.luminance();
        double lb = b.luminance();
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(r), Math.round(g), Math.round(b));
    }

    private static double linear(double channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double channel(String part) {
        if (part.endsWith("%")) {
            return clamp(Double.parseDouble(part.substring(0, part.length() - 1)) * 2.55, 255);
        }
        return clamp(Double.parseDouble(part), 255);
    }

    private static double fraction(String part) {
        if (part.endsWith("%")) {
            return clamp(Double.parseDouble(part.substring(0, part.length() - 1)) / 100, 1);
        }
        return clamp(Double.parseDouble(part), 1);
    }

    private static double hue(String part) {
        String p = part.replace("deg", "");
        if (p.endsWith("turn")) {
            return Double.parseDouble(p.substring(0, p.length() - 4)) * 360;
        }
        return Double.parseDouble(p);
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }

    private static CssColor hsl(double h, double s, double l, double alpha) {
        h = ((h % 360) + 360) % 360 / 360;
        double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
        double p = 2 * l - q;
        return new CssColor(255 * hueToRgb(p, q, h + 1.0 / 3), 255 * hueToRgb(p, q, h), 255 * hueToRgb(p, q, h - 1.0 / 3), alpha);
    }

    private static double hueToRgb(double p, double q, double t) {
        if (t < 0) {
            t += 1;
        }
        if (t > 1) {
            t -= 1;
        }
        if (t < 1.0 / 6) {
            return p + (q - p) * 6 * t;
        }
        if (t < 1.0 / 2) {
            return q;
        }
        if (t < 2.0 / 3) {
            return p + (q - p) * (2.0 / 3 - t) * 6;
        }
        return p;
    }

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("aliceblue", "#f0f8ff"), Map.entry("antiquewhite", "#faebd7"), Map.entry("aqua", "#00ffff"),
            Map.entry("aquamarine", "#7fffd4"), Map.entry("azure", "#f0ffff"), Map.entry("beige", "#f5f5dc"),
            Map.entry("bisque", "#ffe4c4"), Map.entry("black", "#000000"), Map.entry("blanchedalmond", "#ffebcd"),
            Map.entry("blue", "#0000ff"), Map.entry("blueviolet", "#8a2be2"), Map.entry("brown", "#a52a2a"),
            Map.entry("burlywood", "#deb887"), Map.entry("cadetblue", "#5f9ea0"), Map.entry("chartreuse", "#7fff00"),
            Map.entry("chocolate", "#d2691e"), Map.entry("coral", "#ff7f50"), Map.entry("cornflowerblue", "#6495ed"),
            Map.entry("cornsilk", "#fff8dc"), Map.entry("crimson", "#dc143c"), Map.entry("cyan", "#00ffff"),
            Map.entry("darkblue", "#00008b"), Map.entry("darkcyan", "#008b8b"), Map.entry("darkgoldenrod", "#b8860b"),
            Map.entry("darkgray", "#a9a9a9"), Map.entry("darkgreen", "#006400"), Map.entry("darkgrey", "#a9a9a9"),
            Map.entry("darkkhaki", "#bdb76b"), Map.entry("darkmagenta", "#8b008b"), Map.entry("darkolivegreen", "#556b2f"),
            Map.entry("darkorange", "#ff8c00"), Map.entry("darkorchid", "#9932cc"), Map.entry("darkred", "#8b0000"),
            Map.entry("darksalmon", "#e9967a"), Map.entry("darkseagreen", "#8fbc8f"), Map.entry("darkslateblue", "#483d8b"),
            Map.entry("darkslategray", "#2f4f4f"), Map.entry("darkslategrey", "#2f4f4f"), Map.entry("darkturquoise", "#00ced1"),
            Map.entry("darkviolet", "#9400d3"), Map.entry("deeppink", "#ff1493"), Map.entry("deepskyblue", "#00bfff"),
            Map.entry("dimgray", "#696969"), Map.entry("dimgrey", "#696969"), Map.entry("dodgerblue", "#1e90ff"),
            Map.entry("firebrick", "#b22222"), Map.entry("floralwhite", "#fffaf0"), Map.entry("forestgreen", "#228b22"),
            Map.entry("fuchsia", "#ff00ff"), Map.entry("gainsboro", "#dcdcdc"), Map.entry("ghostwhite", "#f8f8ff"),
            Map.entry("gold", "#ffd700"), Map.entry("goldenrod", "#daa520"), Map.entry("gray", "#808080"),
            Map.entry("grey", "#808080"), Map.entry("green", "#008000"), Map.entry("greenyellow", "#adff2f"),
            Map.entry("honeydew", "#f0fff0"), Map.entry("hotpink", "#ff69b4"), Map.entry("indianred", "#cd5c5c"),
            Map.entry("indigo", "#4b0082"), Map.entry("ivory", "#fffff0"), Map.entry("khaki", "#f0e68c"),
            Map.entry("lavender", "#e6e6fa"), Map.entry("lavenderblush", "#fff0f5"), Map.entry("lawngreen", "#7cfc00"),
            Map.entry("lemonchiffon", "#fffacd"), Map.entry("lightblue", "#add8e6"), Map.entry("lightcoral", "#f08080"),
            Map.entry("lightcyan", "#e0ffff"), Map.entry("lightgoldenrodyellow", "#fafad2"), Map.entry("lightgray", "#d3d3d3"),
            Map.entry("lightgreen", "#90ee90"), Map.entry("lightgrey", "#d3d3d3"), Map.entry("lightpink", "#ffb6c1"),
            Map.entry("lightsalmon", "#ffa07a"), Map.entry("lightseagreen", "#20b2aa"), Map.entry("lightskyblue", "#87cefa"),
            Map.entry("lightslategray", "#778899"), Map.entry("lightslategrey", "#778899"), Map.entry("lightsteelblue", "#b0c4de"),
            Map.entry("lightyellow", "#ffffe0"), Map.entry("lime", "#00ff00"), Map.entry("limegreen", "#32cd32"),
            Map.entry("linen", "#faf0e6"), Map.entry("magenta", "#ff00ff"), Map.entry("maroon", "#800000"),
            Map.entry("mediumaquamarine", "#66cdaa"), Map.entry("mediumblue", "#0000cd"), Map.entry("mediumorchid", "#ba55d3"),
            Map.entry("mediumpurple", "#9370db"), Map.entry("mediumseagreen", "#3cb371"), Map.entry("mediumslateblue", "#7b68ee"),
            Map.entry("mediumspringgreen", "#00fa9a"), Map.entry("mediumturquoise", "#48d1cc"), Map.entry("mediumvioletred", "#c71585"),
            Map.entry("midnightblue", "#191970"), Map.entry("mintcream", "#f5fffa"), Map.entry("mistyrose", "#ffe4e1"),
            Map.entry("moccasin", "#ffe4b5"), Map.entry("navajowhite", "#ffdead"), Map.entry("navy", "#000080"),
            Map.entry("oldlace", "#fdf5e6"), Map.entry("olive", "#808000"), Map.entry("olivedrab", "#6b8e23"),
            Map.entry("orange", "#ffa500"), Map.entry("orangered", "#ff4500"), Map.entry("orchid", "#da70d6"),
            Map.entry("palegoldenrod", "#eee8aa"), Map.entry("palegreen", "#98fb98"), Map.entry("paleturquoise", "#afeeee"),
            Map.entry("palevioletred", "#db7093"), Map.entry("papayawhip", "#ffefd5"), Map.entry("peachpuff", "#ffdab9"),
            Map.entry("peru", "#cd853f"), Map.entry("pink", "#ffc0cb"), Map.entry("plum", "#dda0dd"),
            Map.entry("powderblue", "#b0e0e6"), Map.entry("purple", "#800080"), Map.entry("rebeccapurple", "#663399"),
            Map.entry("red", "#ff0000"), Map.entry("rosybrown", "#bc8f8f"), Map.entry("royalblue", "#4169e1"),
            Map.entry("saddlebrown", "#8b4513"), Map.entry("salmon", "#fa8072"), Map.entry("sandybrown", "#f4a460"),
            Map.entry("seagreen", "#2e8b57"), Map.entry("seashell", "#fff5ee"), Map.entry("sienna", "#a0522d"),
            Map.entry("silver", "#c0c0c0"), Map.entry("skyblue", "#87ceeb"), Map.entry("slateblue", "#6a5acd"),
            Map.entry("slategray", "#708090"), Map.entry("slategrey", "#708090"), Map.entry("snow", "#fffafa"),
            Map.entry("springgreen", "#00ff7f"), Map.entry("steelblue", "#4682b4"), Map.entry("tan", "#d2b48c"),
            Map.entry("teal", "#008080"), Map.entry("thistle", "#d8bfd8"), Map.entry("tomato", "#ff6347"),
            Map.entry("turquoise", "#40e0d0"), Map.entry("violet", "#ee82ee"), Map.entry("wheat", "#f5deb3"),
            Map.entry("white", "#ffffff"), Map.entry("whitesmoke", "#f5f5f5"), Map.entry("yellow", "#ffff00"),
            Map.entry("yellowgreen", "#9acd32"));
}
