package org.fazhi.disclosure.web;

import java.time.LocalDate;
import org.fazhi.disclosure.internal.DisclosureService;
import org.fazhi.disclosure.internal.Outcome;
import org.fazhi.disclosure.internal.ReviewResult;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
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

/**
 * The case page's forms. Each carries the request's version; a refused or stale action comes back to the
 * case page with the reason (naming the article), nothing changed.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','UNIT_LIAISON')")
class DisclosureActionController {

    /** One action against the service. */
    private interface Action {
        void run(CurrentUser actor);
    }

    private final DisclosureService service;
    private final CurrentUsers users;

    DisclosureActionController(DisclosureService service, CurrentUsers users) {
        this.service = service;
        this.users = users;
    }

    @PostMapping("/disclosure/{id}/correction-notice")
    String correctionNotice(@PathVariable long id, @RequestParam long version,
                            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate dueOn,
                            RedirectAttributes redirect) {
        return act(id, redirect, a -> service.noticeCorrection(id, version, on, dueOn, a));
    }

    @PostMapping("/disclosure/{id}/correction-received")
    String correctionReceived(@PathVariable long id, @RequestParam long version,
                              @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                              RedirectAttributes redirect) {
        return act(id, redirect, a -> service.receiveCorrection(id, version, on, a));
    }

    @PostMapping("/disclosure/{id}/deemed-withdrawn")
    String deemedWithdrawn(@PathVariable long id, @RequestParam long version,
                           @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                           RedirectAttributes redirect) {
        return act(id, redirect, a -> service.deemWithdrawn(id, version, on, a));
    }

    @PostMapping("/disclosure/{id}/consultation-start")
    String consultationStart(@PathVariable long id, @RequestParam long version,
                             @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                             RedirectAttributes redirect) {
        return act(id, redirect, a -> service.startConsultation(id, version, on, a));
    }

    @PostMapping("/disclosure/{id}/consultation-end")
    String consultationEnd(@PathVariable long id, @RequestParam long version,
                           @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                           RedirectAttributes redirect) {
        return act(id, redirect, a -> service.endConsultation(id, version, on, a));
    }

    @PostMapping("/disclosure/{id}/extension")
    String extension(@PathVariable long id, @RequestParam long version, @RequestParam int days,
                     @RequestParam(required = false) String approver,
                     @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                     RedirectAttributes redirect) {
        return act(id, redirect, a -> service.extend(id, version, days, approver, on, a));
    }

    @PostMapping("/disclosure/{id}/reply")
    String reply(@PathVariable long id, @RequestParam long version,
                 @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                 @RequestParam(required = false) Outcome outcome, @RequestParam(required = false) String note,
                 RedirectAttributes redirect) {
        return act(id, redirect, a -> service.reply(id, version, on, outcome, note, a));
    }

    @PostMapping("/disclosure/{id}/review")
    String review(@PathVariable long id, @RequestParam long version,
                  @RequestParam(required = false) ReviewResult reconsideration,
                  @RequestParam(required = false) ReviewResult litigation, RedirectAttributes redirect) {
        return act(id, redirect, a -> service.recordReview(id, version, reconsideration, litigation, a));
    }

    @PostMapping("/disclosure/{id}/void")
    String voidRequest(@PathVariable long id, @RequestParam long version,
                       @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, a -> service.voidRequest(id, version, reason, a));
    }

    private String act(long id, RedirectAttributes redirect, Action action) {
        try {
            action.run(users.require());
            redirect.addFlashAttribute("flash", "disclosure.saved");
        } catch (NotFoundException e) {
            throw e;
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", "error.disclosure.stale");
            redirect.addFlashAttribute("flashArgs", new Object[0]);
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
        }
        return "redirect:/disclosure/" + id;
    }
}
