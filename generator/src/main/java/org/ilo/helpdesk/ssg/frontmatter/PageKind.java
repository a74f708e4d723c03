package org.ilo.helpdesk.ssg.frontmatter;

/** What a page is, from {@code type:} or else from its folder. */
public enum PageKind {
    HOME, QA, TOPIC, PAGE;

    public static PageKind of(ParsedSource parsed) {
        String declared = parsed.frontMatter().type().orElse(null);
        if (declared != null) {
            return switch (declared) {
                case "qa" -> QA;
                case "topic" -> TOPIC;
                case "home" -> HOME;
                default -> PAGE;
            };
        }
        String path = parsed.source().relativePath();
        if (path.equals("index.md") || path.equals("_index.md")) {
            return HOME;
        }
        if (path.startsWith("qa/")) {
            return QA;
        }
        if (path.startsWith("topics/")) {
            return TOPIC;
        }
        return PAGE;
    }

    /** The name of the theme layout that renders this kind: {@code layouts/<name>.mustache}. */
    public String layout() {
        return switch (this) {
            case HOME -> "home";
            case QA -> "qa";
            case TOPIC -> "topic";
            case PAGE -> "page";
        };
    }
}
