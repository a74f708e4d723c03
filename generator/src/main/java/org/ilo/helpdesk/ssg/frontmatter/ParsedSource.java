package org.ilo.helpdesk.ssg.frontmatter;

import org.ilo.helpdesk.ssg.load.SourceFile;

/**
 * A content file split into its front matter and its Markdown body.
 *
 * @param bodyLineOffset lines of the file before the body: add it to a body line to get a file line
 */
public record ParsedSource(SourceFile source, FrontMatter frontMatter, String body, int bodyLineOffset) {
}
