package org.holdfast;

import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Acts as a demo user for part of a test, and finds demo ids by name. */
@Component
public class TestUsers {

    public static final String MANAGER = "manager@demo.holdfast";
    public static final String ELENA = "elena.marsh@demo.holdfast";
    public static final String SAM = "sam.okafor@demo.holdfast";
    /** Alex, Zoë and Priya are Dr Marsh's clients; Ruth is Sam Okafor's. */
    public static final String ALEX = "alex@demo.holdfast";
    public static final String ZOE = "zoe@demo.holdfast";
    public static final String PRIYA = "priya@demo.holdfast";
    public static final String RUTH = "ruth@demo.holdfast";

    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    TestUsers(UserDetailsService users, JdbcTemplate jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    public <T> T as(String username, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SignedInWithPassword.withPasswordFactor(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    public long clientId(String username) {
        return jdbc.queryForObject(
                "select c.id from client c join user_account a on a.id = c.account_id where a.username = ?", Long.class,
                username);
    }

    public long accountId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }
}
