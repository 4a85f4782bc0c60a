package org.holdfast.security;

import java.util.Map;

import org.holdfast.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Views declare access with annotations, but the security that counts is in the services:
 * every public service method carries {@code @PreAuthorize} and applies row-level rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /**
     * What the browser may load: only the portal's own files, from nowhere else. Vaadin's bootstrap page
     * carries inline scripts and its components set inline styles, hence {@code 'unsafe-inline'}. Vaadin
     * Flow 25's client engine runs every server-side {@code executeJs} and its own bindings through
     * {@code new Function(...)}, so without {@code 'unsafe-eval'} the log-in page does not even render
     * (checked in Chromium; a CSP-safe way is still open upstream as vaadin/flow#10759). What the policy
     * still gives: no script, style, font, image or connection from another origin (so injected markup
     * cannot load or send anything elsewhere), no plugins, no {@code <base>} rewriting, forms post only to
     * the portal, and no framing.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The portal uses none of these powerful browser features; a page that is tricked into asking gets nothing. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), display-capture=(), interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, PasskeySettings passkeys,
            WebAuthnRelyingPartyOperations relyingParty, UserDetailsService accounts,
            ObjectProvider<AuthenticationEventPublisher> signInEvents, SecurityContextHolderStrategy vaadinContexts,
            SessionDirectory sessions, SessionLimits limits) throws Exception {
        // Spring's WebAuthn filters read the static holder's strategy when they are made, and one of them has no
        // setter. Vaadin keeps the signed-in person in a strategy of its own, installed in the static holder only
        // later: without this, a signed-in person asking to register a passkey looked anonymous (HTTP 400).
        SecurityContextHolder.setContextHolderStrategy(vaadinContexts);
        // Static files of the portal itself; without this, stylesheets are silently redirected to the log-in page.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/icons/**", "/scripts/**", "/manifest.webmanifest", "/sw.js", "/offline", "/robots.txt",
                        "/actuator/health/**", "/evidence-checker")
                .permitAll());
        // Spring Security's defaults already send X-Content-Type-Options: nosniff, X-Frame-Options: DENY,
        // HSTS on HTTPS requests only, and Cache-Control: no-store on every response that sets no caching
        // of its own (Vaadin's static files do; pages, UIDL and downloads do not).
        // Written when the request arrives, not when the response is committed: Vaadin's page requests are
        // forwarded to its servlet and committed there, past the point where the lazy writer would act.
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Nothing here is for a search engine; robots.txt asks politely, this header and the pages' meta tag
                // keep out any address that was linked from somewhere anyway.
                .addHeaderWriter(new StaticHeadersWriter("X-Robots-Tag", "noindex, nofollow")));
        // Vaadin's configurer exempts the log-in address from CSRF, so a page on any site could post a
        // username and password to /login and sign its visitor in. Vaadin's own requests carry Vaadin's
        // CSRF token and stay exempt; the log-in form sends Spring's token, which the page carries as a
        // meta tag that the LoginForm web component adds to its post.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Passkeys through Spring Security's WebAuthn endpoints: /webauthn/register/options and /webauthn/register
        // for a signed-in person, /webauthn/authenticate/options and /login/webauthn for signing in. Its
        // generated pages are off: registering, naming and removing happen on the Sign-in and security page.
        // The sign-in step is Holdfast's own provider (see PasskeySignIn), in place of Spring's.
        http.webAuthn(webAuthn -> webAuthn
                .rpId(passkeys.rpId())
                .rpName(passkeys.rpName())
                .allowedOrigins(passkeys.origins())
                .disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <F extends WebAuthnAuthenticationFilter> F postProcess(F filter) {
                        ProviderManager signIn = new ProviderManager(new PasskeySignIn(relyingParty, accounts));
                        signInEvents.ifAvailable(signIn::setAuthenticationEventPublisher);
                        filter.setAuthenticationManager(signIn);
                        // Spring's configurer gives this filter no session strategy of its own: without the shared
                        // one a passkey sign-in kept the session id it arrived with and was missing from Your devices.
                        filter.setSessionAuthenticationStrategy(http.getSharedObject(SessionAuthenticationStrategy.class));
                        return filter;
                    }
                }));
        // A new session id at sign-in (Spring's default, said here so that it stays so): a session id planted
        // before sign-in is worthless after it. Every session is registered, so that a person can see and end their
        // sessions and the portal can end an account's sessions; a session ended that way is refused at its next
        // request of any kind and the page lands on the log-in page.
        http.sessionManagement(management -> management
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessions)
                .expiredSessionStrategy(expired -> SignedOutResponse.send(expired.getRequest(), expired.getResponse(),
                        "login?signed-out")));
        http.addFilterAfter(new SessionActivityFilter(limits), ConcurrentSessionFilter.class);
        // Sign-out also tells the browser to drop the portal's cookies, storage and cache. Spring's writer sends the
        // header only on HTTPS (browsers ignore it elsewhere, except on localhost): behind the TLS proxy the forwarded
        // headers make the request count as HTTPS.
        // Local storage is cleared only by the quick exit: an ordinary sign-out keeps the coping plan the client chose
        // to keep on this device, and a note written offline, for the offline page.
        ClearSiteDataHeaderWriter signOut = new ClearSiteDataHeaderWriter(Directive.CACHE, Directive.COOKIES);
        ClearSiteDataHeaderWriter quickExit = new ClearSiteDataHeaderWriter(Directive.CACHE, Directive.COOKIES, Directive.STORAGE);
        http.logout(logout -> logout.addLogoutHandler(new HeaderWriterLogoutHandler((request, response) ->
                (request.getParameter("quick-exit") != null ? quickExit : signOut).writeHeaders(request, response))));
        // Vaadin denies any address it has no route for, so a signed-in person got the browser's bare 403.
        // Letting them through to the router shows the portal's own "no page here" inside the layout;
        // a stranger is still sent to sign in first.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(any -> any.authenticated()));
        return http.build();
    }

    /**
     * Requests are still observed (their timings are in the metrics), but not each method-security check: a session
     * prep PDF passes some forty {@code @PreAuthorize} checks, and timing each one cost about a twentieth of its render.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveAuthorizations(false).build();
    }

    /** Tells Spring Security's session registry when a session ends (times out or is invalidated). */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Argon2id for every new hash: memory-hard, and no 72-byte limit (bcrypt silently ignored or refused the rest
     * of a long passphrase). Stored hashes carry their algorithm id, so the bcrypt hashes made before still verify;
     * {@link AccountUserDetailsService#updatePassword} re-encodes them with Argon2id at the next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String current = "argon2";
        return new DelegatingPasswordEncoder(current, Map.of(
                current, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
