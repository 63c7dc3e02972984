package org.fazhi.plan.web;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.plan.internal.TaskEditing;
import org.fazhi.platform.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's edits on the task page. Each form carries the task's version and a reason; a refused or
 * stale edit comes back to the task page with the reason, nothing changed. Units to add or designate are
 * posted as written names (or ids), resolved by the unit registry — an unknown or collective name is refused.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class TaskEditController {

    /** One edit, run against the service. */
    private interface Action {
        void run(TaskEditing.Edit edit);
    }

    private final TaskEditing editing;
    private final CurrentUsers users;
    private final UnitDirectory directory;

    TaskEditController(TaskEditing editing, CurrentUsers users, UnitDirectory directory) {
        this.editing = editing;
        this.users = users;
        this.directory = directory;
    }

    @PostMapping("/plans/tasks/{id}/designate")
    String designate(@PathVariable long id, @RequestParam long version, @RequestParam String reason,
                     @RequestParam String term, @RequestParam(name = "units", required = false) List<String> units,
                     RedirectAttributes redirect) {
        return edit(id, version, reason, redirect,
                e -> editing.designate(e, term, UnitChoices.resolveAll(directory, units)));
    }

    @PostMapping("/plans/tasks/{id}/units")
    String add(@PathVariable long id, @RequestParam long version, @RequestParam String reason,
               @RequestParam String unit, @RequestParam(defaultValue = "false") boolean lead,
               RedirectAttributes redirect) {
        return edit(id, version, reason, redirect, e -> editing.addUnit(e, directory.requireUnit(unit), lead));
    }

    @PostMapping("/plans/tasks/{id}/units/remove")
    String remove(@PathVariable long id, @RequestParam long version, @RequestParam String reason,
                  @RequestParam long unit, RedirectAttributes redirect) {
        return edit(id, version, reason, redirect, e -> editing.removeUnit(e, unit));
    }

    @PostMapping("/plans/tasks/{id}/lead")
    String lead(@PathVariable long id, @RequestParam long version, @RequestParam String reason,
                @RequestParam long unit, RedirectAttributes redirect) {
        return edit(id, version, reason, redirect, e -> editing.makeLead(e, unit));
    }

    @PostMapping("/plans/tasks/{id}/deadline")
    String deadline(@PathVariable long id, @RequestParam long version, @RequestParam String reason,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                    @RequestParam(required = false) String dueText, RedirectAttributes redirect) {
        return edit(id, version, reason, redirect, e -> editing.reschedule(e, dueDate, dueText));
    }

    private String edit(long id, long version, String reason, RedirectAttributes redirect, Action action) {
        try {
            action.run(new TaskEditing.Edit(id, version, reason, users.require().username()));
            redirect.addFlashAttribute("flash", "ledger.edit.saved");
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", "error.ledger.edit.stale");
            redirect.addFlashAttribute("flashArgs", new Object[0]);
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
        }
        return "redirect:/plans/tasks/" + id;
    }
}
