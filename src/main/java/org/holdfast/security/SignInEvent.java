package org.holdfast.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A sign-in attempt on a known account, kept briefly so its owner can see whether it was theirs. */
@Entity
@Table(name = "sign_in_event")
class SignInEvent {

    static final int BROWSER_MAX = 120;
    static final int PLACE_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignInRecord.Outcome outcome;

    @Column(nullable = false, length = BROWSER_MAX)
    private String browser;

    @Column(nullable = false, length = PLACE_MAX)
    private String place;

    protected SignInEvent() {
    }

    SignInEvent(long accountId, Instant occurredAt, SignInRecord.Outcome outcome, String browser, String place) {
        this.accountId = accountId;
        this.occurredAt = occurredAt;
        this.outcome = outcome;
        this.browser = cut(browser, BROWSER_MAX);
        this.place = cut(place, PLACE_MAX);
    }

    SignInRecord record() {
        return new SignInRecord(occurredAt, outcome, browser, place);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
