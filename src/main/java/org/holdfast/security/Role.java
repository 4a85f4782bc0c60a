package org.holdfast.security;

/** The three kinds of account. Constants are for annotations, which need compile-time strings. */
public enum Role {
    ADMIN("Practice manager"),
    CLINICIAN("Clinician"),
    CLIENT("Client");

    public static final String ADMIN_NAME = "ADMIN";
    public static final String CLINICIAN_NAME = "CLINICIAN";
    public static final String CLIENT_NAME = "CLIENT";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
