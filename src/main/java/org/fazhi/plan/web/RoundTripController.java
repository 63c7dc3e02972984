package org.fazhi.plan.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.plan.internal.PlanQueries;
import org.fazhi.plan.ledger.RoundTrip;
import org.fazhi.platform.DomainException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Excel 回传: upload an edited ledger, see the differences, apply them all or none. The preview waits in the
 * session under a one-time token, so what is applied is exactly what was shown.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class RoundTripController {

    private static final String KEY = RoundTripController.class.getName();

    private final RoundTrip roundTrip;
    private final PlanQueries plans;
    private final CurrentUsers users;

    RoundTripController(RoundTrip roundTrip, PlanQueries plans, CurrentUsers users) {
        this.roundTrip = roundTrip;
        this.plans = plans;
        this.users = users;
    }

    @GetMapping("/plans/{id}/ledger/upload")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("plan", plans.plan(id).plan());
        return "plan/roundtrip";
    }

    @PostMapping("/plans/{id}/ledger/upload")
    String preview(@PathVariable long id, @RequestParam("file") MultipartFile file, HttpSession session, Model model)
            throws IOException {
        model.addAttribute("plan", plans.plan(id).plan());
        try {
            RoundTrip.Preview preview = roundTrip.preview(id, file.getBytes());
            model.addAttribute("preview", preview);
            if (preview.applicable()) {
                String token = UUID.randomUUID().toString();
                pending(session).clear();
                pending(session).put(token, preview);
                model.addAttribute("token", token);
            }
        } catch (DomainException e) {
            model.addAttribute("flashError", e.messageKey());
            model.addAttribute("flashArgs", e.args());
        }
        return "plan/roundtrip";
    }

    @PostMapping("/plans/{id}/ledger/apply")
    String apply(@PathVariable long id, @RequestParam String token, HttpSession session, RedirectAttributes redirect) {
        RoundTrip.Preview preview = pending(session).remove(token);
        try {
            if (preview == null || preview.planId() != id) {
                throw new DomainException("error.ledger.upload.stale");
            }
            roundTrip.apply(preview, users.require().username());
            redirect.addFlashAttribute("flash", "ledger.roundtrip.applied");
            return "redirect:/plans/" + id;
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", "error.ledger.edit.stale");
            redirect.addFlashAttribute("flashArgs", new Object[0]);
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
        }
        return "redirect:/plans/" + id + "/ledger/upload";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, RoundTrip.Preview> pending(HttpSession session) {
        Object map = session.getAttribute(KEY);
        if (map == null) {
            map = new HashMap<String, RoundTrip.Preview>();
            session.setAttribute(KEY, map);
        }
        return (Map<String, RoundTrip.Preview>) map;
    }
}
