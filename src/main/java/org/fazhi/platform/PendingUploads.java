package org.fazhi.platform;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Uploads waiting between an import's preview and its apply, kept in the user's session under a one-time token
 * (at most three per register, so abandoned previews do not pile up). Shared by the registers' Excel imports.
 */
public final class PendingUploads {

    /** An uploaded file's content and name. */
    public record Upload(byte[] content, String fileName) {
    }

    private PendingUploads() {
    }

    /** Keeps an upload for {@code register}; returns its token. */
    public static String put(HttpSession session, String register, Upload upload) {
        Map<String, Upload> map = of(session, register);
        if (map.size() >= 3) {
            map.clear();
        }
        String token = UUID.randomUUID().toString();
        map.put(token, upload);
        return token;
    }

    /** Takes (and forgets) the upload of a token; {@code null} when unknown or already used. */
    public static Upload take(HttpSession session, String register, String token) {
        return of(session, register).remove(token);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Upload> of(HttpSession session, String register) {
        String key = PendingUploads.class.getName() + "." + register;
        synchronized (session) {
            Object existing = session.getAttribute(key);
            if (existing == null) {
                existing = new ConcurrentHashMap<String, Upload>();
                session.setAttribute(key, existing);
            }
            return (Map<String, Upload>) existing;
        }
    }
}
