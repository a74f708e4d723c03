package org.ilo.helpdesk.ssg.load;

import java.nio.file.Path;

/**
 * A content file read from disk: its path, the language folder it sits in, its path inside that
 * folder ({@code qa/wages.md}, always with '/'), and its text with line ends normalised to '\n'.
 */
public record SourceFile(Path path, String language, String relativePath, String text) {

    public boolean isMarkdown() {
        return relativePath.endsWith(".md");
    }
}
