package org.fazhi.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Records security events in the audit trail, each in its own transaction so a failure elsewhere never erases it. */
@Service
public class SecurityAudit {

    private static final Logger log = LoggerFactory.getLogger(SecurityAudit.class);

    private final SecurityEvents events;

    SecurityAudit(SecurityEvents events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEvent.Type type, String username, String actor, String detail) {
        String addr = remoteAddress();
        events.save(new SecurityEvent(type, username, actor, addr, detail));
        log.info("security event {} user={} actor={} addr={} {}", type, username, actor, addr,
                detail == null ? "" : detail);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
