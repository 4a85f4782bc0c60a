package org.holdfast.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.WrappedHttpSession;

import com.vaadin.flow.server.WrappedSession;

/**
 * The idle and absolute limits of a signed-in session, kept as two attributes of the HTTP session: when it was
 * signed in and when its person last did something. {@link SessionActivityFilter} feeds the activity clock from
 * requests and ends a session that is past a limit; the page's idle watch reads the same clock to warn in time.
 */
@Component
public class SessionLimits {

    public static final String SIGNED_IN_AT = SessionLimits.class.getName() + ".signedInAt";
    public static final String LAST_ACTIVITY = SessionLimits.class.getName() + ".lastActivity";
    /** Set on a request that is the page checking the clock, not the person doing something. */
    public static final String NOT_ACTIVITY = SessionLimits.class.getName() + ".notActivity";

    private final SessionSettings settings;
    private final Clock clock;

    SessionLimits(SessionSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Where a session stands now, for a person of this role. */
    public Verdict verdict(WrappedSession session, Role role) {
        Instant now = clock.instant();
        Instant signedIn = instant(session, SIGNED_IN_AT, now);
        Instant active = instant(session, LAST_ACTIVITY, signedIn);
        return verdict(signedIn, active, role, now);
    }

    Verdict verdict(Instant signedIn, Instant lastActivity, Role role, Instant now) {
        Instant lifetimeEnds = signedIn.plus(settings.absoluteLifetime());
        Instant idleEnds = lastActivity.plus(settings.idleFor(role));
        if (!now.isBefore(lifetimeEnds)) {
            return new Verdict(State.LIFETIME_OVER, Duration.ZERO, settings.idleFor(role), true);
        }
        if (!now.isBefore(idleEnds)) {
            return new Verdict(State.IDLE_TOO_LONG, Duration.ZERO, settings.idleFor(role), false);
        }
        boolean lifetime = !idleEnds.isBefore(lifetimeEnds);
        Duration left = Duration.between(now, lifetime ? lifetimeEnds : idleEnds);
        State state = left.compareTo(settings.warningBefore()) <= 0 ? State.ENDING_SOON : State.ACTIVE;
        return new Verdict(state, left, settings.idleFor(role), lifetime);
    }

    /**
     * Sign-in starts both clocks, on the session the sign-in request has (Spring keeps its attributes when it
     * gives the session a new id a moment later).
     */
    @EventListener
    void on(AuthenticationSuccessEvent signedIn) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            WrappedHttpSession session = new WrappedHttpSession(attributes.getRequest().getSession());
            Instant now = clock.instant();
            session.setAttribute(SIGNED_IN_AT, now);
            session.setAttribute(LAST_ACTIVITY, now);
        }
    }

    /** A signed-in session that somehow missed its start (signed in before a restart of this code) starts now. */
    void startIfNew(WrappedSession session) {
        if (session.getAttribute(SIGNED_IN_AT) == null) {
            Instant now = clock.instant();
            session.setAttribute(SIGNED_IN_AT, now);
            session.setAttribute(LAST_ACTIVITY, now);
        }
    }

    /** The person did something: the idle clock starts again. */
    public void recordActivity(WrappedSession session) {
        session.setAttribute(LAST_ACTIVITY, clock.instant());
    }

    public Duration warningBefore() {
        return settings.warningBefore();
    }

    private static Instant instant(WrappedSession session, String name, Instant otherwise) {
        return session.getAttribute(name) instanceof Instant at ? at : otherwise;
    }

    public enum State {
        ACTIVE, ENDING_SOON, IDLE_TOO_LONG, LIFETIME_OVER
    }

    /**
     * @param left      time until the session ends (zero once it has)
     * @param idleLimit the idle limit that applies, for the words "after 15 minutes without activity"
     * @param lifetime  the end is the absolute lifetime's, which no activity puts off
     */
    public record Verdict(State state, Duration left, Duration idleLimit, boolean lifetime) {

        public boolean ended() {
            return state == State.IDLE_TOO_LONG || state == State.LIFETIME_OVER;
        }

        /** Where the browser lands once this session has ended, saying why in a neutral sentence. */
        public String signInAddress() {
            return state == State.LIFETIME_OVER ? "login?ended=lifetime"
                    : "login?idle=" + Math.max(1, idleLimit.toMinutes());
        }
    }
}
