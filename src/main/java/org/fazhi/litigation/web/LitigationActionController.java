package org.fazhi.litigation.web;

import java.time.LocalDate;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.litigation.internal.Appearance;
import org.fazhi.litigation.internal.Excuse;
import org.fazhi.litigation.internal.JudgmentResult;
import org.fazhi.litigation.internal.LitigationService;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page's forms; each carries the case version, a refusal returns with the reason. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','UNIT_LIAISON')")
class LitigationActionController {

    /** One action against the service. */
    private interface Action {
        void run(CurrentUser actor);
    }

    private final LitigationService service;
    private final CurrentUsers users;

    LitigationActionController(LitigationService service, CurrentUsers users) {
        this.service = service;
        this.users = users;
    }

    @PostMapping("/litigation/{id}/defence")
    String defence(@PathVariable long id, @RequestParam long version,
                   @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on, RedirectAttributes r) {
        return act(id, r, a -> service.submitDefence(id, version, on, a));
    }

    @PostMapping("/litigation/{id}/hearings")
    String hearing(@PathVariable long id, @RequestParam long version,
                   @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate heldOn,
                   @RequestParam(required = false) Appearance appearance, @RequestParam(required = false) String appeared,
                   @RequestParam(required = false) Excuse excuse, @RequestParam(required = false) String note,
                   RedirectAttributes r) {
        return act(id, r, a -> service.recordHearing(id, version, heldOn, appearance, appeared, excuse, note, a));
    }

    @PostMapping("/litigation/{id}/judgment")
    String judgment(@PathVariable long id, @RequestParam long version,
                    @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                    @RequestParam(required = false) JudgmentResult result, RedirectAttributes r) {
        return act(id, r, a -> service.decide(id, version, on, result, a));
    }

    @PostMapping("/litigation/{id}/performance")
    String performance(@PathVariable long id, @RequestParam long version, @RequestParam boolean performed,
                       RedirectAttributes r) {
        return act(id, r, a -> service.recordPerformance(id, version, performed, a));
    }

    @PostMapping("/litigation/{id}/suggestions")
    String suggestion(@PathVariable long id, @RequestParam long version,
                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                      @RequestParam(required = false) String content, RedirectAttributes r) {
        return act(id, r, a -> service.receiveSuggestion(id, version, on, content, a));
    }

    @PostMapping("/litigation/{id}/suggestions/{suggestion}/reply")
    String suggestionReply(@PathVariable long id, @PathVariable long suggestion, @RequestParam long version,
                           @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                           @RequestParam(required = false) String reply, RedirectAttributes r) {
        return act(id, r, a -> service.replySuggestion(id, version, suggestion, on, reply, a));
    }

    @PostMapping("/litigation/{id}/void")
    String voidCase(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
                    RedirectAttributes r) {
        return act(id, r, a -> service.voidCase(id, version, reason, a));
    }

    private String act(long id, RedirectAttributes redirect, Action action) {
        try {
            action.run(users.require());
            redirect.addFlashAttribute("flash", "litigation.saved");
        } catch (NotFoundException e) {
            throw e;
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", "error.litigation.stale");
            redirect.addFlashAttribute("flashArgs", new Object[0]);
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
        }
        return "redirect:/litigation/" + id;
    }
}
