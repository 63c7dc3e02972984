package org.fazhi.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that has been idle longer than the configured timeout (等保: idle sessions
 * must not stay open) and sends the user back to the login page with a notice.
 */
class IdleSessionFilter extends OncePerRequestFilter {

    static final String LAST_SEEN = IdleSessionFilter.class.getName() + ".LAST_SEEN";

    private final Duration timeout;
    private final SecurityAudit audit;

    IdleSessionFilter(Duration timeout, SecurityAudit audit) {
        this.timeout = timeout;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken)) {
            Instant now = Instant.now();
            Object last = session.getAttribute(LAST_SEEN);
            if (last instanceof Instant seen && seen.plus(timeout).isBefore(now)) {
                String name = auth.getName();
                session.invalidate();
                SecurityContextHolder.clearContext();
                audit.record(SecurityEvent.Type.SESSION_EXPIRED, name, name, null);
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
            session.setAttribute(LAST_SEEN, now);
        }
        chain.doFilter(request, response);
    }
}
