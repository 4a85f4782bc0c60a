package org.holdfast.clients;

import java.time.Instant;

import org.holdfast.encryption.SealedText;
import org.holdfast.encryption.SealedTextConverter;
import org.holdfast.shared.SearchText;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A person in therapy. Accounts and clinicians are referred to by id: they belong to the security module. */
@Entity
public class Client {

    public static final int DISPLAY_NAME_MAX = 120;
    public static final int TIME_ZONE_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "clinician_id", nullable = false)
    private long clinicianId;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    /** The name folded for search ({@link SearchText}), kept beside it so the database can match "zoe" to "Zoë". */
    @Column(name = "search_name", length = DISPLAY_NAME_MAX)
    private String searchName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(length = 40)
    private String pronouns;

    /** A {@link java.time.ZoneId} id; null means the practice's zone. */
    @Column(name = "time_zone", length = TIME_ZONE_MAX)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClientStatus status = ClientStatus.ACTIVE;

    @Column(name = "discharged_at")
    private Instant dischargedAt;

    /** The clinician's words about the client: stored encrypted under the client's key. */
    @jakarta.persistence.Convert(converter = SealedTextConverter.class)
    @Column(name = "discharge_reason", columnDefinition = "longtext")
    private SealedText dischargeReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Client() {
    }

    Client(long accountId, long clinicianId, String displayName, String contactEmail, String pronouns, Instant createdAt) {
        this.accountId = accountId;
        this.clinicianId = clinicianId;
        this.displayName = displayName;
        this.searchName = SearchText.fold(displayName);
        this.contactEmail = contactEmail;
        this.pronouns = pronouns;
        this.createdAt = createdAt;
    }

    void discharge(String reason, Instant at) {
        this.status = ClientStatus.DISCHARGED;
        this.dischargeReason = reason == null ? null : SealedText.of(id, reason);
        this.dischargedAt = at;
    }

    void reopen() {
        this.status = ClientStatus.ACTIVE;
        this.dischargeReason = null;
        this.dischargedAt = null;
    }

    void changeTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    void assignTo(long clinicianId) {
        this.clinicianId = clinicianId;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getPronouns() {
        return pronouns;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public String getDischargeReason() {
        return SealedText.text(dischargeReason);
    }

    /** Null unless discharged. */
    public Instant getDischargedAt() {
        return dischargedAt;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getClinicianId() {
        return clinicianId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
