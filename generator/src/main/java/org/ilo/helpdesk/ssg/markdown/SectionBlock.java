package org.ilo.helpdesk.ssg.markdown;

import java.util.List;

/** A group of questions under a level-2 heading; the first group may have no heading. */
public record SectionBlock(String title, String id, List<QuestionBlock> questions) {

    public SectionBlock {
        questions = List.copyOf(questions);
    }
}
