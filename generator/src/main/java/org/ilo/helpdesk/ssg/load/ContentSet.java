package org.ilo.helpdesk.ssg.load;

import java.util.List;

/** Everything read from {@code content/}, in a stable order. */
public record ContentSet(List<SourceFile> pages, List<StaticFile> files) {

    public ContentSet {
        pages = List.copyOf(pages);
        files = List.copyOf(files);
    }
}
