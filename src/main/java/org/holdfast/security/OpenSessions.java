package org.holdfast.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpSession;

/**
 * The signed-in sessions of an account ("Your devices"), and ending them. A person may end only their own
 * sessions; the account service ends all of an account's sessions when it is disabled, discharged or given a
 * reset link, and the others when its password changes. An ended session is marked expired in Spring's
 * registry, so its next request of any kind (a page, a click, a heartbeat) is refused and signed out by
 * Spring's {@code ConcurrentSessionFilter}.
 *
 * <p>Sessions are named to the page by a key derived from the session id, never by the id itself, so a session
 * id never leaves this class.
 */
@Service
public class OpenSessions {

    private final SessionDirectory directory;
    private final CurrentUser currentUser;

    OpenSessions(SessionDirectory directory, CurrentUser currentUser) {
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /** One open session as its owner sees it. */
    public record OpenSession(String key, String browser, String place, Instant startedAt, Instant lastSeen,
            boolean thisDevice) {
    }

    /** The signed-in person's open sessions, this device first, then the most recently seen. */
    @PreAuthorize("isAuthenticated()")
    public List<OpenSession> mine() {
        String current = currentSessionId().orElse(null);
        return sessionsOf(currentUser.accountId()).stream().map(info -> describe(info, current))
                .sorted(Comparator.comparing(OpenSession::thisDevice).reversed()
                        .thenComparing(OpenSession::lastSeen, Comparator.reverseOrder()))
                .toList();
    }

    /** Signs out one of the person's own sessions; a key that is not theirs is refused. */
    @PreAuthorize("isAuthenticated()")
    public void signOut(String key) {
        SignedInUser user = currentUser.require();
        SessionInformation session = sessionsOf(user.accountId()).stream().filter(s -> key(s.getSessionId()).equals(key))
                .findFirst().orElseThrow(() -> new AccessDeniedException("Not one of your sessions"));
        session.expireNow();
        SecurityLog.event("session_signed_out", "account", user.getUsername(), "cause", "user", "count", 1);
    }

    /** Signs out every session of the person except the one making the request; returns how many. */
    @PreAuthorize("isAuthenticated()")
    public int signOutEverywhereElse() {
        SignedInUser user = currentUser.require();
        return end(user.accountId(), user.getUsername(), "user", notCurrent());
    }

    /** Every session of an account ends: it was disabled, discharged or given a reset link. */
    int endAll(long accountId, String username, String cause) {
        return end(accountId, username, cause, s -> true);
    }

    /** Every session of an account but the current request's ends: its password changed. */
    int endOthers(long accountId, String username, String cause) {
        return end(accountId, username, cause, notCurrent());
    }

    private int end(long accountId, String username, String cause, Predicate<SessionInformation> which) {
        List<SessionInformation> ending = sessionsOf(accountId).stream().filter(which).toList();
        ending.forEach(SessionInformation::expireNow);
        if (!ending.isEmpty()) {
            SecurityLog.event("session_signed_out", "account", username, "cause", cause, "count", ending.size());
        }
        return ending.size();
    }

    private Predicate<SessionInformation> notCurrent() {
        Optional<String> current = currentSessionId();
        return s -> current.map(id -> !id.equals(s.getSessionId())).orElse(true);
    }

    private List<SessionInformation> sessionsOf(long accountId) {
        return directory.getAllPrincipals().stream()
                .filter(p -> p instanceof SignedInUser user && user.accountId() == accountId)
                .flatMap(p -> directory.getAllSessions(p, false).stream()).toList();
    }

    private OpenSession describe(SessionInformation info, String current) {
        SessionDirectory.Device device = directory.device(info.getSessionId());
        Instant lastSeen = info.getLastRequest().toInstant();
        return new OpenSession(key(info.getSessionId()), DeviceNames.browser(device == null ? null : device.userAgent()),
                DeviceNames.place(device == null ? null : device.address()),
                device == null ? lastSeen : device.startedAt(), lastSeen, info.getSessionId().equals(current));
    }

    private static Optional<String> currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return Optional.ofNullable(session).map(HttpSession::getId);
        }
        return Optional.empty();
    }

    private static String key(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
