package org.holdfast.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;

import org.holdfast.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What a log-in form gets thrown at it: the answer is the ordinary "that didn't work", with nothing that says
 * whether an account exists and nothing of what was typed in the log.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class SignInBadInputTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Clock clock;

    MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void aTenThousandCharacterUsernameGetsTheOrdinaryRefusalAndIsNotLogged(CapturedOutput output) throws Exception {
        String huge = "q".repeat(10_000);

        http.perform(post("/login").param("username", huge).param("password", "whatever-it-is").with(csrf()))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));

        assertThat(output).contains("event=sign_in_failed account=unknown").doesNotContain("qqqqqqqqqq")
                .doesNotContain("Exception");
    }

    @Test
    void aTenThousandCharacterPasswordForARealAccountIsRefusedTheSameWay(CapturedOutput output) throws Exception {
        String huge = "p".repeat(10_000);

        String username = "long-password-" + System.nanoTime() + "@test.holdfast";
        accounts.save(new UserAccount(username, encoder.encode("the-right-passphrase-2026"), "Long Password",
                Role.CLIENT, clock.instant()));

        http.perform(post("/login").param("username", username).param("password", huge).with(csrf()))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));

        assertThat(output).doesNotContain("pppppppppp").doesNotContain("Exception");
    }
}
