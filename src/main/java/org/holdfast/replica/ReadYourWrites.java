package org.holdfast.replica;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Where the primary's binary log stood when this thread last committed a write (a MariaDB GTID position), kept in
 * the HTTP session between requests. A replica applies the primary's writes a moment later; a person who has just
 * saved something and then sees the old value would think it was lost. So a read-only transaction reads the replica
 * only once the replica has reached this position ({@link CatchingUpReplica}).
 * <p>
 * Per session, not per node or practice: only the person who wrote needs to see their write at once; everyone else
 * is content with a replica a fraction of a second behind. Threads outside a request (start-up, scheduled jobs,
 * tests) keep their own position for as long as they live, which is the same rule for one thread.
 */
class ReadYourWrites extends OncePerRequestFilter implements Ordered {

    static final String SESSION_ATTRIBUTE = ReadYourWrites.class.getName() + ".lastWrite";

    /**
     * A write whose position the primary did not give (it keeps no binary log, so no replica can be following it):
     * only the primary is sure to have it.
     */
    static final String UNKNOWN_POSITION = "";

    private final ThreadLocal<String> lastWrite = new ThreadLocal<>();

    /** The primary's position after this thread's last write; {@code null}: none, any replica will do. */
    String lastWrite() {
        return lastWrite.get();
    }

    void wrote(String position) {
        lastWrite.set(position == null || position.isBlank() ? UNKNOWN_POSITION : position);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        String before = session == null ? null : (String) session.getAttribute(SESSION_ATTRIBUTE);
        lastWrite.set(before);
        try {
            chain.doFilter(request, response);
        } finally {
            String after = lastWrite.get();
            lastWrite.remove();
            // The session as it is now: signing in replaces it, signing out ends it.
            HttpSession now = request.getSession(false);
            if (after != null && now != null && !after.equals(before)) {
                try {
                    now.setAttribute(SESSION_ATTRIBUTE, after);
                } catch (IllegalStateException ended) {
                    // Signed out during the request: nobody is left to read the write.
                }
            }
        }
    }

    /** Before Spring Security's filters, whose look-ups may already read. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }
}
