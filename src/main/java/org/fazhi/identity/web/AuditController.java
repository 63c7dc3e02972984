package org.fazhi.identity.web;

import org.fazhi.identity.internal.SecurityEvents;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 安全审计 — the audit administrator reads the security audit trail, and nothing else. */
@Controller
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditController {

    private static final int PAGE_SIZE = 100;

    private final SecurityEvents events;

    AuditController(SecurityEvents events) {
        this.events = events;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("events", events.findAllByOrderByOccurredAtDescIdDesc(
                PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("page", Math.max(0, page));
        return "identity/audit";
    }
}
