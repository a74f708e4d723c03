package org.ilo.helpdesk.ssg.markdown;

import java.util.List;

import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;

/**
 * One question of a Q&A page: its stable id (the same in every language), its text, the countries it
 * concerns, and where its heading is.
 */
public record QuestionBlock(String id, String text, List<String> countries, SourcePosition position) {

    public QuestionBlock {
        countries = List.copyOf(countries);
    }
}
