package org.holdfast.shell;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import org.holdfast.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An address the portal has no page for goes through Spring Security before Vaadin sees it. A signed-in
 * person must reach Vaadin's router (which shows the friendly page inside the layout), not the browser's
 * own bare 403; a stranger is sent to sign in, as for any page.
 */
@SpringBootTest
class UnknownAddressTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    MockMvc http;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void aSignedInClinicianIsLetThroughToThePortalsOwnNotFoundPage() throws Exception {
        assertThat(handedToVaadin("/no-such-page/at-all", TestUsers.ELENA)).isTrue();
    }

    @Test
    void aSignedInClientIsLetThroughToo() throws Exception {
        assertThat(handedToVaadin("/admin/nothing.php", TestUsers.ALEX)).isTrue();
    }

    /**
     * MockMvc has no Vaadin servlet: a request Spring Security lets through is forwarded to it and fails
     * for want of it, which is the proof here that the router (and its not-found page) gets the address.
     * A refused request ends in Spring Security with 403 and never gets that far.
     */
    private boolean handedToVaadin(String address, String username) throws Exception {
        try {
            int status = http.perform(get(address).with(user(users.loadUserByUsername(username)))).andReturn()
                    .getResponse().getStatus();
            assertThat(status).as("refused by Spring Security").isNotIn(401, 403);
            return true;
        } catch (jakarta.servlet.ServletException forwarded) {
            return forwarded.getMessage().contains("springServlet");
        }
    }

    @Test
    void aStrangerIsSentToSignIn() throws Exception {
        http.perform(get("/no-such-page")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
