package org.holdfast.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Adding a passkey changes how the account gets in, so, like removing one, it needs a factor used in the last five
 * minutes: a screen left signed in must not be enough to give someone else a lasting way in. Spring's WebAuthn
 * registration endpoints call the relying party directly, so the check sits here, in front of it; signing in is
 * untouched. The page asks first (see {@link Passkeys#mayAdd()}), so a person meets the question, not this refusal.
 */
class PasskeyRegistrationGuard implements WebAuthnRelyingPartyOperations {

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final ObjectProvider<StepUp> stepUp;

    PasskeyRegistrationGuard(WebAuthnRelyingPartyOperations relyingParty, ObjectProvider<StepUp> stepUp) {
        this.relyingParty = relyingParty;
        this.stepUp = stepUp;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        requireRecentFactor();
        return relyingParty.createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        requireRecentFactor();
        return relyingParty.registerCredential(request);
    }

    /** Refused as access denied, which Spring's exception translation answers with 403 instead of a server error. */
    private void requireRecentFactor() {
        if (!stepUp.getObject().isRecent()) {
            throw new AccessDeniedException("Adding a passkey needs a factor used in the last five minutes");
        }
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
        return relyingParty.createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return relyingParty.authenticate(request);
    }
}
