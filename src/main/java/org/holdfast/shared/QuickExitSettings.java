package org.holdfast.shared;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * Where the quick exit takes a client: an ordinary site that draws no attention if someone looks over their
 * shoulder, chosen by the practice. Only an absolute http(s) address is accepted: anything else (a typo, a
 * {@code javascript:} address, a page of the portal itself) could leave the client on a page that gives them
 * away, so the portal does not start with it.
 *
 * @param url the neutral page ({@code holdfast.quick-exit.url})
 */
@Validated
@ConfigurationProperties("holdfast.quick-exit")
public record QuickExitSettings(@NotNull @DefaultValue("https://www.bbc.co.uk/weather") String url) {

    @AssertTrue(message = "holdfast.quick-exit.url must be a full http or https address, such as https://www.bbc.co.uk/weather")
    boolean isUrlAWebAddress() {
        if (url == null) {
            return true;
        }
        try {
            URI uri = new URI(url.strip());
            return uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (Exception notAnAddress) {
            return false;
        }
    }
}
