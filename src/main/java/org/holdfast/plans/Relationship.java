package org.holdfast.plans;

/** Who the other person is to the client. */
public enum Relationship {
    EX_PARTNER("Ex-partner"),
    PARENT("Parent"),
    FAMILY_MEMBER("Other family member"),
    FRIEND("Friend"),
    CO_WORKER("Co-worker"),
    MANAGER("Manager"),
    OTHER("Other");

    private final String label;

    Relationship(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
