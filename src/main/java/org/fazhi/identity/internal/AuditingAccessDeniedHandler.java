package org.fazhi.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/** Answers 403 and writes the refused attempt into the security audit trail. */
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final SecurityAudit audit;
    private final AccessDeniedHandlerImpl delegate = new AccessDeniedHandlerImpl();

    AuditingAccessDeniedHandler(SecurityAudit audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        String name = principal == null ? null : principal.getName();
        audit.record(SecurityEvent.Type.ACCESS_DENIED, name, name, request.getMethod() + " " + request.getRequestURI());
        delegate.handle(request, response, e);
    }
}
