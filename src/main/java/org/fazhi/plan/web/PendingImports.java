package org.fazhi.plan.web;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Notices uploaded for preview, kept in the user's session under a one-time token until saved. A stale
 * or already-used token (back button, double submit, another browser tab) finds nothing, and the page
 * asks for the notice again instead of saving something unexpected.
 */
final class PendingImports {

    /** An uploaded notice waiting for the coordinator's decision. */
    record Pending(byte[] content, String fileName) {
    }

    private static final String KEY = PendingImports.class.getName();
    private static final int MAX_PER_SESSION = 5;

    private PendingImports() {
    }

    static String put(HttpSession session, Pending pending) {
        Map<String, Pending> map = map(session);
        if (map.size() >= MAX_PER_SESSION) {
            map.clear();
        }
        String token = UUID.randomUUID().toString();
        map.put(token, pending);
        return token;
    }

    static Optional<Pending> get(HttpSession session, String token) {
        return Optional.ofNullable(token).map(t -> map(session).get(t));
    }

    static Optional<Pending> take(HttpSession session, String token) {
        return Optional.ofNullable(token).map(t -> map(session).remove(t));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Pending> map(HttpSession session) {
        synchronized (session) {
            Object existing = session.getAttribute(KEY);
            if (existing == null) {
                existing = new ConcurrentHashMap<String, Pending>();
                session.setAttribute(KEY, existing);
            }
            return (Map<String, Pending>) existing;
        }
    }
}
