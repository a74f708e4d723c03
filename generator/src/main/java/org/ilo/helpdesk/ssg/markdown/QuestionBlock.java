package org.ilo.helpdesk.ssg.markdown;

import java.util.List;

import org.ilo.helpdesk.ssg.diagnostics.SourcePosition;

/**
 * One question of a Q&A page: its stable id (the same in every language), its text, the countries it
 * concerns, where its heading is, the plain text of its answer, and the instruments its footnotes
 * cite (a footnote label that starts with an instrument code, such as {@code c087-a3} or {@code mne-41}).
 */
public record QuestionBlock(String id, String text, List<String> countries, SourcePosition position, String answerText,
                            List<String> citations) {

    public QuestionBlock {
        countries = List.copyOf(countries);
        citations = List.copyOf(citations);
    }
}
