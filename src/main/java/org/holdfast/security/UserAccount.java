package org.holdfast.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class UserAccount {

    public static final int USERNAME_MAX = 120;
    public static final int DISPLAY_NAME_MAX = 120;
    /** Matches no encoder, so no password can ever match it. */
    private static final String NO_PASSWORD = "!pending-activation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Failed sign-ins in a row; a successful one or the manager's unlock sets it back to 0. */
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    /** Sign-in is refused before this time, whatever the password; null when not locked. */
    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** The practice manager has turned sign-in off; the account and everything it wrote stay. */
    private boolean disabled;

    /** The client has been discharged: no sign-in until the client is reopened; their data stays. */
    private boolean discharged;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String displayName, Role role, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** A client account starts without a usable password; the client sets one through an activation link. */
    static UserAccount pending(String username, String displayName, Role role, Instant createdAt) {
        UserAccount account = new UserAccount(username, NO_PASSWORD, displayName, role, createdAt);
        account.enabled = false;
        return account;
    }

    void activate(String passwordHash) {
        this.passwordHash = passwordHash;
        this.enabled = true;
    }

    /** A new hash for an active account: a changed password, or the same password under a newer encoder. */
    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    boolean isPendingActivation() {
        return !enabled && NO_PASSWORD.equals(passwordHash);
    }

    /** One more failed sign-in; the account refuses sign-in until {@code until}. Returns the count so far. */
    int signInFailed(Instant until) {
        failedSignIns++;
        lockedUntil = until;
        return failedSignIns;
    }

    void signInSucceeded() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    void setDischarged(boolean discharged) {
        this.discharged = discharged;
    }

    boolean isDisabled() {
        return disabled;
    }

    boolean isDischarged() {
        return discharged;
    }

    /** Activated, not disabled by the manager and not ended by a discharge. */
    boolean maySignIn() {
        return enabled && !disabled && !discharged;
    }

    int getFailedSignIns() {
        return failedSignIns;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
