package org.ilo.helpdesk.ssg.frontmatter;

import org.ilo.helpdesk.ssg.load.SourceFile;

/**
 * A content file split into its front matter and its Markdown body.
 *
 * @param bodyStart      where the body starts in the file's text
 * @param bodyLineOffset lines of the file before the body: add it to a body line to get a file line
 */
public record ParsedSource(SourceFile source, FrontMatter frontMatter, int bodyStart, int bodyLineOffset) {

    /** The Markdown body: cut from the file's text when asked for, so that a large site holds its text once. */
    public String body() {
        return source.text().substring(bodyStart);
    }
}
