package org.holdfast.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where a client's chain ends. Appends lock it; verification checks the chain reaches it. */
@Entity
@Table(name = "contact_attempt_head")
class ContactAttemptHead {

    @Id
    @Column(name = "client_id")
    private Long clientId;

    @Column(name = "last_seq", nullable = false)
    private int lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected ContactAttemptHead() {
    }

    /** An empty chain: nothing written yet. */
    ContactAttemptHead(long clientId) {
        this.clientId = clientId;
        this.lastSeq = 0;
        this.lastHash = "";
    }

    void advance(ContactAttempt attempt) {
        this.lastSeq = attempt.getSeq();
        this.lastHash = attempt.getHash();
    }

    int getLastSeq() {
        return lastSeq;
    }

    String getLastHash() {
        return lastHash;
    }
}
