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
