package org.ilo.helpdesk.ssg.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Writes a build held in memory to its output folder through a {@link StagingFolder}. */
public final class SiteWriter {

    public void write(OutputTree tree, Path outputDir) throws IOException {
        try (StagingFolder staging = StagingFolder.beside(outputDir)) {
            writeInto(tree, staging);
            staging.commit();
        }
    }

    /** Writes every file of {@code tree} into {@code staging}, without committing it. */
    public void writeInto(OutputTree tree, StagingFolder staging) throws IOException {
        for (Map.Entry<String, byte[]> file : tree.files().entrySet()) {
            staging.write(file.getKey(), file.getValue());
        }
    }
}
