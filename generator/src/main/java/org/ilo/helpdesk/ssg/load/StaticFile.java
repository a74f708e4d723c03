package org.ilo.helpdesk.ssg.load;

import java.nio.file.Path;

/** A file in a language folder that is not Markdown (an image, a PDF): copied as it is. */
public record StaticFile(Path path, String language, String relativePath) {
}
