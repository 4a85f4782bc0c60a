package org.holdfast.erasure;

/** Why erasing a record was asked for: a choice from this list, never a text, since it stays after the record. */
public enum ErasureGrounds {
    CLIENT_ASKED("The client asked for their record to be erased"),
    RETENTION_ENDED("Kept longer than the practice keeps records");

    private final String label;

    ErasureGrounds(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
