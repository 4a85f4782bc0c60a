package org.holdfast.clients;

public enum ClientStatus {
    ACTIVE("Active"),
    DISCHARGED("Discharged");

    private final String label;

    ClientStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
