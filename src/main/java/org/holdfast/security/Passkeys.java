package org.holdfast.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;

/**
 * The signed-in person's passkeys: what they are called, when they were added and last used. Making one is
 * Spring Security's WebAuthn ceremony ({@code /webauthn/register}); naming and removing one is here, and only
 * ever on the caller's own passkeys.
 */
@Service
public class Passkeys {

    public static final int NAME_MAX = 60;

    private final PublicKeyCredentialUserEntityRepository owners;
    private final UserCredentialRepository credentials;
    private final CurrentUser currentUser;
    private final StepUp stepUp;

    Passkeys(PublicKeyCredentialUserEntityRepository owners, UserCredentialRepository credentials,
            CurrentUser currentUser, StepUp stepUp) {
        this.stepUp = stepUp;
        this.owners = owners;
        this.credentials = credentials;
        this.currentUser = currentUser;
    }

    /** One of the signed-in person's passkeys; {@code id} is the credential id as base64url text. */
    public record Passkey(String id, String name, Instant added, Instant lastUsed) {
    }

    /**
     * Whether the account can sign in with a passkey: a second factor for staff on its own. Asked by the factor
     * checks ({@link SecondFactors}) before a second factor is used and during a recovery-code reset, before anyone
     * is signed in; no page shows the answer to anyone but the account's owner.
     */
    @PreAuthorize("permitAll()")
    public boolean registeredFor(String username) {
        return !stored(username).isEmpty();
    }

    @PreAuthorize("isAuthenticated()")
    public List<Passkey> mine() {
        return stored(currentUser.require().getUsername()).stream()
                .sorted(Comparator.comparing(CredentialRecord::getCreated))
                .map(c -> new Passkey(c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(),
                        c.getLastUsed()))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public void rename(String id, String name) {
        String chosen = name == null ? "" : name.strip();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("Give the passkey a name you will recognise, such as the device it is on");
        }
        if (chosen.length() > NAME_MAX) {
            throw new IllegalArgumentException("A passkey's name can be at most " + NAME_MAX + " characters");
        }
        credentials.save(ImmutableCredentialRecord.fromCredentialRecord(own(id)).label(chosen).build());
    }

    /**
     * Asked before the browser makes a passkey: adding one needs a factor used in the last five minutes, which
     * Spring's registration endpoints also check (see {@link PasskeyRegistrationGuard}).
     *
     * @throws StepUpRequiredException when no factor was used in the last five minutes
     */
    @PreAuthorize("isAuthenticated()")
    @BeforeSecondFactor
    public void mayAdd() {
        stepUp.require();
    }

    /** @throws StepUpRequiredException when no factor was used in the last five minutes */
    @PreAuthorize("isAuthenticated()")
    public void remove(String id) {
        stepUp.require();
        credentials.delete(own(id).getCredentialId());
    }

    private CredentialRecord own(String id) {
        CredentialRecord credential = credentials.findByCredentialId(Bytes.fromBase64(id));
        PublicKeyCredentialUserEntity me = owners.findByUsername(currentUser.require().getUsername());
        if (credential == null || me == null || !credential.getUserEntityUserId().equals(me.getId())) {
            throw new AccessDeniedException("Not one of your passkeys");
        }
        return credential;
    }

    private List<CredentialRecord> stored(String username) {
        PublicKeyCredentialUserEntity owner = owners.findByUsername(username);
        return owner == null ? List.of() : credentials.findByUserId(owner.getId());
    }
}
