package org.ilo.helpdesk.ssg.model;

/** Computes relative hrefs between paths of one site, so that output works under any base path. */
public final class UrlPaths {

    private UrlPaths() {
    }

    /**
     * The href that leads from the page at {@code fromDir} (a folder path ending in '/' or empty) to
     * {@code target} (a folder path ending in '/', or a file path).
     */
    public static String relative(String fromDir, String target) {
        String[] from = fromDir.isEmpty() ? new String[0] : fromDir.split("/");
        String[] to = target.isEmpty() ? new String[0] : target.split("/", -1);
        int common = 0;
        while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder href = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            href.append("../");
        }
        for (int i = common; i < to.length; i++) {
            href.append(to[i]);
            if (i < to.length - 1) {
                href.append('/');
            }
        }
        return href.length() == 0 ? "./" : href.toString();
    }
}
