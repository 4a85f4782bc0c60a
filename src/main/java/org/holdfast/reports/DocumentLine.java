package org.holdfast.reports;

/**
 * One printable line of a report written as prose (the plan handout): a section it belongs to, how it
 * prints ({@link Kind}) and its text. The template groups lines by section and picks a band per kind, so
 * a section with any number of items needs no subreport. A JavaBean: Jasper reads getters.
 */
public class DocumentLine {

    public enum Kind {
        /** A sentence or two. */
        PARAGRAPH,
        /** A quieter aside under a heading. */
        NOTE,
        BULLET,
        /** A checklist item done (☑) or still to do (☐). */
        DONE,
        TO_DO,
        /** Words quoted as they were written, in a box: the closing message. */
        QUOTE,
        /** A name in bold with a detail after it: a support contact, a date. */
        NAMED
    }

    private final String section;
    private final Kind kind;
    private final String text;
    private final String detail;

    DocumentLine(String section, Kind kind, String text, String detail) {
        this.section = section;
        this.kind = kind;
        this.text = text;
        this.detail = detail;
    }

    public String getSection() {
        return section;
    }

    public String getKind() {
        return kind.name();
    }

    public String getText() {
        return text;
    }

    public String getDetail() {
        return detail;
    }
}
