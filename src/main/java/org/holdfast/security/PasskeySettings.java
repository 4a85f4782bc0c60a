package org.holdfast.security;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/**
 * Who the portal is to a passkey. A browser hands a passkey only to the site it was made for, so these must name
 * the address people type: a passkey made on {@code localhost} does not work on {@code portal.example.org}.
 *
 * @param rpId    the site's domain, without scheme or port ({@code holdfast.security.passkeys.rp-id})
 * @param rpName  the name a browser shows when it asks to make a passkey
 * @param origins every address the portal is reached at, with scheme and port
 *                ({@code holdfast.security.passkeys.origins}); a signature made for any other origin is refused
 */
@Validated
@ConfigurationProperties("holdfast.security.passkeys")
public record PasskeySettings(@NotBlank @DefaultValue("localhost") String rpId,
        @NotBlank @DefaultValue("Holdfast") String rpName,
        @NotEmpty @DefaultValue("http://localhost:8080") Set<String> origins) {
}
