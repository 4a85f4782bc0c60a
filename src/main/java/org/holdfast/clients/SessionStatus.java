package org.holdfast.clients;

public enum SessionStatus {
    SCHEDULED("Scheduled"),
    HELD("Held"),
    CANCELLED("Cancelled"),
    MISSED("Missed");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
