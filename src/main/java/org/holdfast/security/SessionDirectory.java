package org.holdfast.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.session.AbstractSessionEvent;
import org.springframework.security.core.session.SessionIdChangedEvent;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring Security's registry of live sessions (fed by its session management at sign-in, emptied by
 * {@code HttpSessionEventPublisher} when a session ends), plus what a person needs to recognise each one: the
 * browser it was opened in, the address it came from and when it started. In memory, like the HTTP sessions
 * themselves: the portal runs on one node, and a restart ends every session anyway.
 */
@Component
class SessionDirectory extends SessionRegistryImpl {

    record Device(String userAgent, String address, Instant startedAt) {
    }

    private final Map<String, Device> devices = new ConcurrentHashMap<>();
    private final Clock clock;

    SessionDirectory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        super.registerNewSession(sessionId, principal);
        String userAgent = null;
        String address = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            userAgent = attributes.getRequest().getHeader("User-Agent");
            if (userAgent != null && userAgent.length() > DeviceNames.MAX_USER_AGENT) {
                userAgent = userAgent.substring(0, DeviceNames.MAX_USER_AGENT);
            }
            address = attributes.getRequest().getRemoteAddr();
        }
        devices.put(sessionId, new Device(userAgent, address, clock.instant()));
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        super.removeSessionInformation(sessionId);
        devices.remove(sessionId);
    }

    /** A new id for the same session keeps its device and start. */
    @Override
    public void onApplicationEvent(AbstractSessionEvent event) {
        if (event instanceof SessionIdChangedEvent changed) {
            Device device = devices.get(changed.getOldSessionId());
            super.onApplicationEvent(event);
            if (device != null && getSessionInformation(changed.getNewSessionId()) != null) {
                devices.put(changed.getNewSessionId(), device);
            }
            return;
        }
        super.onApplicationEvent(event);
    }

    Device device(String sessionId) {
        return devices.get(sessionId);
    }
}
