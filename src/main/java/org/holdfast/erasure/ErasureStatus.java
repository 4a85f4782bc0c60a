package org.holdfast.erasure;

public enum ErasureStatus {
    REQUESTED("Awaiting the practice manager"),
    WITHDRAWN("Withdrawn by the client"),
    DECLINED("Declined"),
    ERASED("Erased");

    private final String label;

    ErasureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
