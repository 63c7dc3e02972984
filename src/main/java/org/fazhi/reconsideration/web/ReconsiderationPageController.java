package org.fazhi.reconsideration.web;

import java.time.LocalDate;
import org.fazhi.attachment.Attachments;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitPicker;
import org.fazhi.platform.DomainException;
import org.fazhi.reconsideration.internal.Action;
import org.fazhi.reconsideration.internal.CaseAccess;
import org.fazhi.reconsideration.internal.CaseQueries;
import org.fazhi.reconsideration.internal.CaseService;
import org.fazhi.reconsideration.internal.CaseState;
import org.fazhi.reconsideration.internal.Channel;
import org.fazhi.reconsideration.internal.DecisionType;
import org.fazhi.reconsideration.internal.Procedure;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 行政复议 pages: the list with traffic lights and filters, registration, the case page (timeline, every
 * deadline explained, a form per allowed step) and the steps themselves. Data scope through the service.
 */
@Controller
@RequestMapping("/reconsideration")
@PreAuthorize("hasAnyRole('COORDINATOR', 'CITY_LEADER', 'UNIT_LIAISON', 'UNIT_LEADER')")
class ReconsiderationPageController {

    private final CaseService service;
    private final CaseQueries queries;
    private final CurrentUsers users;
    private final UnitDirectory units;
    private final CalendarManagement calendar;
    private final Attachments attachments;
    private final UnitPicker picker;

    ReconsiderationPageController(CaseService service, CaseQueries queries, CurrentUsers users, UnitDirectory units,
                                  UnitPicker picker,
                                  CalendarManagement calendar, Attachments attachments) {
        this.attachments = attachments;
        this.service = service;
        this.queries = queries;
        this.users = users;
        this.units = units;
        this.picker = picker;
        this.calendar = calendar;
    }

    /** The respondent is typed or chosen: {@link #register} resolves it (a name or an id). */
    @InitBinder("form")
    void respondentIsResolved(WebDataBinder binder) {
        binder.setDisallowedFields("respondentUnitId");
    }

    @GetMapping
    String list(@RequestParam(required = false) CaseState state, @RequestParam(required = false) String unit,
                @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        CurrentUser user = users.require();
        UnitPicker.UnitField field = picker.read(unit);
        model.addAttribute("cases", field.failed() ? java.util.List.of()
                : queries.list(user, new CaseQueries.ListFilter(state, field.unitId(), overdue)));
        model.addAttribute("states", CaseState.values());
        model.addAttribute("unitPick", user.seesAllUnits() ? picker.pick(units.activeUnits(), field) : null);
        model.addAttribute("state", state);
        model.addAttribute("overdue", overdue);
        model.addAttribute("mayRegister", CaseAccess.mayRegister(user));
        return "reconsideration/list";
    }

    @GetMapping("/new")
    String newCase(Model model) {
        requireRegistrar();
        return form(new RegistrationForm(), UnitPicker.UnitField.of(null), model);
    }

    @PostMapping
    String register(@ModelAttribute("form") RegistrationForm form,
                    @RequestParam(name = "respondentUnitId", required = false) String respondent, Model model,
                    RedirectAttributes redirect) {
        requireRegistrar();
        UnitPicker.UnitField field = picker.read(respondent);
        if (field.failed()) {
            return form(form, field, model);
        }
        try {
            form.setRespondentUnitId(field.unitId());
            long id = service.register(form.toRegistration());
            redirect.addFlashAttribute("flash", "reconsideration.registered");
            return "redirect:/reconsideration/" + id;
        } catch (DomainException e) {
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return form(form, field, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        CaseDetails details = CaseDetails.of(service.read(id), queries, calendar, user);
        model.addAttribute("c", details);
        model.addAttribute("respondent", units.displayName(details.facts().registration().respondentUnitId()));
        model.addAttribute("procedures", Procedure.values());
        model.addAttribute("decisionTypes", details.summary().state() == CaseState.SUSPENDED
                ? java.util.List.of(DecisionType.TERMINATION) : java.util.List.of(DecisionType.values()));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("files", service.files(id));
        model.addAttribute("mayAttach", details.summary().state() != CaseState.VOIDED
                && CaseAccess.mayAct(user, details.summary().respondentUnitId(), Action.ATTACH));
        model.addAttribute("maxBytes", attachments.maxBytes());
        return "reconsideration/case";
    }

    @PostMapping("/{id}/actions")
    String act(@PathVariable long id, @ModelAttribute ActionForm form, RedirectAttributes redirect) {
        try {
            service.act(id, form.version() == null ? -1 : form.version(), form.toCommand());
            redirect.addFlashAttribute("flash", "reconsideration.saved");
        } catch (DomainException e) {
            if (e instanceof org.fazhi.platform.NotFoundException) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.messageKey());
            redirect.addFlashAttribute("flashArgs", e.args());
        }
        return "redirect:/reconsideration/" + id;
    }

    /** The form; {@code respondent} as submitted, kept with its message when it named no unit. */
    private String form(RegistrationForm form, UnitPicker.UnitField respondent, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("unitPick", picker.pick(units.activeUnits(), respondent));
        model.addAttribute("channels", Channel.values());
        return "reconsideration/new";
    }

    private void requireRegistrar() {
        if (!CaseAccess.mayRegister(users.require())) {
            throw new AccessDeniedException("only the office registers reconsideration cases");
        }
    }
}
