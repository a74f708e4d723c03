package org.ilo.helpdesk.ssg.output;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OutputTreeTest {

    @Test
    void aPathThatClimbsOutOfTheOutputFolderIsRefused() {
        OutputTree tree = new OutputTree();
        assertThrows(IllegalArgumentException.class, () -> tree.put("main/../../etc/passwd", "x"));
        assertThrows(IllegalArgumentException.class, () -> tree.put("/etc/passwd", "x"));
        assertThrows(IllegalArgumentException.class, () -> tree.put("main//index.html", "x"));
    }
}
