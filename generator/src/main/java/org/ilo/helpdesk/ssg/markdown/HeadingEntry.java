package org.ilo.helpdesk.ssg.markdown;

/** A heading of the body, for tables of contents: level, id and plain text. */
public record HeadingEntry(int level, String id, String text) {
}
