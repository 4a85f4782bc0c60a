package org.holdfast.security;

import java.util.Map;

import org.holdfast.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Views declare access with annotations, but the security that counts is in the services:
 * every public service method carries {@code @PreAuthorize} and applies row-level rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // Static files of the portal itself; without this, stylesheets are silently redirected to the log-in page.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/icons/**", "/manifest.webmanifest", "/actuator/health/**")
                .permitAll());
        // Vaadin denies any address it has no route for, so a signed-in person got the browser's bare 403.
        // Letting them through to the router shows the portal's own "no page here" inside the layout;
        // a stranger is still sent to sign in first.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(any -> any.authenticated()));
        return http.build();
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
