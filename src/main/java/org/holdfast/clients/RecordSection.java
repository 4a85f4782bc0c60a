package org.holdfast.clients;

/**
 * The pages of one client's record. Each page is a view of its own module (the plan belongs to plans,
 * the journal to journal, ...); this is how the modules name those pages to each other, and how an
 * agenda item says where its evidence is, without any module importing another's views.
 */
public enum RecordSection {
    OVERVIEW("Overview", true),
    PLAN("Plan", true),
    HOMEWORK("Homework", true),
    /** PHQ-9, GAD-7 and WHO-5: assignments and scores. */
    MEASURES("Measures", true),
    JOURNAL("Journal", true),
    INSIGHTS("Insights", true),
    SESSIONS("Sessions", true),
    /** The printable plan, reached from the plan (with the plan's id), not a tab of its own. */
    PLAN_HANDOUT("Plan handout", false),
    /** The contact-attempt record as a PDF, reached from the journal, not a tab of its own. */
    CONTACT_RECORD("Contact-attempt record", false),
    /** The whole record as a ZIP for a transfer of care, reached from the overview, not a tab of its own. */
    EXPORT("Export", false);

    private final String label;
    private final boolean tab;

    RecordSection(String label, boolean tab) {
        this.label = label;
        this.tab = tab;
    }

    public String label() {
        return label;
    }

    /** Shown as a tab in the record's header. */
    public boolean tab() {
        return tab;
    }
}
