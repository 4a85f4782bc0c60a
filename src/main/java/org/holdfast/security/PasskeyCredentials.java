package org.holdfast.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Spring's JDBC store of passkeys, with the audit trail told when a passkey is added or removed. Registration
 * is handled by Spring's WebAuthn filter, which stores the new passkey here: this is the one place that sees
 * every passkey arrive, however it was registered. A save of a passkey already stored is its use at sign-in
 * (the signature count and last use move on), not a change to the account.
 */
class PasskeyCredentials implements UserCredentialRepository {

    private final UserCredentialRepository stored;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasskeyCredentials(UserCredentialRepository stored, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.stored = stored;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void save(CredentialRecord credential) {
        boolean added = stored.findByCredentialId(credential.getCredentialId()) == null;
        stored.save(credential);
        if (added) {
            changed(AuditAction.AccountChange.Kind.PASSKEY_ADDED);
        }
    }

    @Override
    public void delete(Bytes credentialId) {
        stored.delete(credentialId);
        changed(AuditAction.AccountChange.Kind.PASSKEY_REMOVED);
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return stored.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return stored.findByUserId(userId);
    }

    private void changed(AuditAction.AccountChange.Kind kind) {
        SignedInUser by = currentUser.require();
        SecurityLog.event(kind.name().toLowerCase(Locale.ROOT), "account", by.getUsername());
        events.publishEvent(AccountActivity.ofOwn(by.getUsername(), by.displayName(), by.role(), kind, clock.instant()));
    }
}
