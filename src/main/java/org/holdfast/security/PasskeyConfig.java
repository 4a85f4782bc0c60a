package org.holdfast.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

import java.time.Clock;

/**
 * Spring Security's WebAuthn relying party, keeping passkeys in the database through its JDBC repositories (tables
 * from Flyway, V18). Spring's configurer picks these beans up instead of its in-memory defaults.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfig {

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyOwners(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        return new PasskeyCredentials(new JdbcUserCredentialRepository(jdbc), currentUser, events, clock);
    }

    /**
     * A passkey must be discoverable (the device keeps it, so signing in needs no username) and must check the
     * person (fingerprint, face or device PIN): that check is what makes a passkey a second factor on its own.
     */
    @Bean
    WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository owners,
            UserCredentialRepository credentials, PasskeySettings settings, ObjectProvider<StepUp> stepUp) {
        Webauthn4JRelyingPartyOperations relyingParty = new Webauthn4JRelyingPartyOperations(owners, credentials,
                PublicKeyCredentialRpEntity.builder().id(settings.rpId()).name(settings.rpName()).build(),
                settings.origins());
        relyingParty.setCustomizeCreationOptions(options -> options.authenticatorSelection(
                AuthenticatorSelectionCriteria.builder()
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .build()));
        relyingParty.setCustomizeRequestOptions(options -> options
                .userVerification(UserVerificationRequirement.REQUIRED));
        return new PasskeyRegistrationGuard(relyingParty, stepUp);
    }
}
