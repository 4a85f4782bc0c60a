package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;

import org.holdfast.TestUsers;
import org.holdfast.clients.ClientService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in through the real log-in form (Spring Security's filter chain over HTTP), under the production setting
 * {@code required}: the session a password alone leaves holds only the password factor, and with it a clinician
 * is refused client data by the services; a client signed in the same way is not. (The pages' half, the second-factor
 * page instead of the caseload, is in {@code SecondFactorUiTests}; {@code offered} in {@code StepUpTests}.)
 */
@SpringBootTest(properties = "holdfast.security.staff-second-factor=required")
class SecondFactorHttpTests {

    private static final String PASSWORD = "a heron waits by the cold water";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ClientService clients;

    MockMvc http;

    @BeforeEach
    void browser() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aClinicianSignedInThroughTheFormWithAPasswordAloneIsRefusedClientData() throws Exception {
        String clinician = "http-factor-" + System.nanoTime() + "@test.holdfast";
        accounts.save(new UserAccount(clinician, encoder.encode(PASSWORD), "Http Factor Test", Role.CLINICIAN,
                Instant.now()));

        SecurityContext session = signIn(clinician, PASSWORD);

        assertThat(session.getAuthentication().getAuthorities()).map(GrantedAuthority::getAuthority)
                .contains(FactorGrantedAuthority.PASSWORD_AUTHORITY).doesNotContain(SecondFactors.TOTP_AUTHORITY);
        SecurityContextHolder.setContext(session);
        assertThatThrownBy(() -> clients.allOfMine(false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClientSignedInThroughTheFormIsNeverAskedForASecondFactor() throws Exception {
        SecurityContextHolder.setContext(signIn(TestUsers.ALEX, "holdfast-demo"));

        assertThat(clients.mine().displayName()).isNotBlank();
    }

    private SecurityContext signIn(String username, String password) throws Exception {
        var session = http.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn().getRequest().getSession();
        return (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }
}
