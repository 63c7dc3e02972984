package org.fazhi.disclosure.web;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.disclosure.internal.Channel;
import org.fazhi.disclosure.internal.DisclosureAccess;
import org.fazhi.disclosure.internal.DisclosureDeadlines;
import org.fazhi.disclosure.internal.DisclosureHistory;
import org.fazhi.disclosure.internal.DisclosureRequest;
import org.fazhi.disclosure.internal.DisclosureService;
import org.fazhi.disclosure.internal.Outcome;
import org.fazhi.disclosure.internal.RequesterType;
import org.fazhi.disclosure.internal.ReviewResult;
import org.fazhi.disclosure.internal.Status;
import org.fazhi.attachment.Attachments;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitPicker;
import org.fazhi.organization.UnitView;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The register list, the registration form and the case page of 依申请公开. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_LEADER','UNIT_LIAISON','UNIT_LEADER')")
class DisclosurePageController {

    private final DisclosureService service;
    private final DisclosureDeadlines deadlines;
    private final DisclosureHistory history;
    private final UnitDirectory units;
    private final UnitPicker picker;
    private final CurrentUsers users;
    private final Attachments attachments;

    DisclosurePageController(DisclosureService service, DisclosureDeadlines deadlines, DisclosureHistory history,
                             UnitDirectory units, CurrentUsers users, Attachments attachments, UnitPicker picker) {
        this.attachments = attachments;
        this.service = service;
        this.deadlines = deadlines;
        this.history = history;
        this.units = units;
        this.picker = picker;
        this.users = users;
    }

    /** The unit is typed or chosen: {@link #register} resolves it (a name or an id). */
    @InitBinder("form")
    void unitIsResolved(WebDataBinder binder) {
        binder.setDisallowedFields("unitId");
    }

    @GetMapping("/disclosure")
    String list(@RequestParam(required = false) String unit, @RequestParam(required = false) Status status,
                @RequestParam(required = false) DisclosureDeadlines.Light light,
                @RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = users.require();
        UnitPicker.UnitField field = picker.read(unit);
        Long unitId = field.unitId();
        List<DisclosureView> rows = field.failed() ? List.of() : service.visibleTo(user).stream()
                .filter(r -> unitId == null || r.getUnitId() == unitId)
                .filter(r -> status == null || r.getStatus() == status)
                .filter(r -> year == null || r.getReceivedOn().getYear() == year)
                .map(r -> view(r))
                .filter(v -> light == null || v.light() == light)
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("statuses", Status.values());
        model.addAttribute("lights", DisclosureDeadlines.Light.values());
        model.addAttribute("unitPick", picker.pick(units.activeUnits().stream()
                .filter(u -> DisclosureAccess.SCOPE.mayRead(user, u.id())).toList(), field));
        model.addAttribute("filterStatus", status);
        model.addAttribute("filterLight", light);
        model.addAttribute("filterYear", year);
        model.addAttribute("mayRegister", !actableUnits(user).isEmpty());
        model.addAttribute("mayImport", user.has(org.fazhi.identity.Role.COORDINATOR));
        // annual reports are due by 31 January (departments) and 31 March (governments): 条例 第四十九条、第五十条
        LocalDate today = DisclosureView.today();
        model.addAttribute("reportDueYear", today.getMonthValue() <= 3 ? String.valueOf(today.getYear()) : null);
        model.addAttribute("lastYear", today.getYear() - 1);
        return "disclosure/list";
    }

    @GetMapping("/disclosure/new")
    String form(Model model) {
        return showForm(new RegistrationForm(), null, null, model);
    }

    @PostMapping("/disclosure")
    String register(@ModelAttribute("form") RegistrationForm form,
                    @RequestParam(name = "unitId", required = false) String unit, Model model) {
        UnitPicker.UnitField field = picker.read(unit);
        if (field.failed()) {
            return showForm(form, field, null, model);
        }
        try {
            form.setUnitId(field.unitId());
            DisclosureRequest saved = service.register(form.toRegistration(), users.require());
            return "redirect:/disclosure/" + saved.getId();
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            return showForm(form, field, e, model);
        }
    }

    @GetMapping("/disclosure/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        DisclosureRequest request = service.get(id, user);
        model.addAttribute("r", request);
        model.addAttribute("unitName", units.displayName(request.getUnitId()));
        model.addAttribute("deadlines", deadlines.of(request, DisclosureView.today()));
        model.addAttribute("history", history.of(id));
        model.addAttribute("files", service.files(id, user));
        model.addAttribute("maxBytes", attachments.maxBytes());
        model.addAttribute("mayAct", DisclosureAccess.SCOPE.mayAct(user, request.getUnitId()));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("reviewResults", ReviewResult.values());
        model.addAttribute("today", DisclosureView.today());
        return "disclosure/case";
    }

    /** The form; {@code unit} is the unit field as submitted (null for a new form), kept when it named no unit. */
    private String showForm(RegistrationForm form, UnitPicker.UnitField unit, DomainException error, Model model) {
        CurrentUser user = users.require();
        List<UnitView> choices = actableUnits(user);
        if (choices.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("disclosure: no unit to act for");
        }
        if (unit == null && form.getUnitId() == null && user.unitId() != null) {
            form.setUnitId(user.unitId());
        }
        model.addAttribute("form", form);
        model.addAttribute("unitPick", picker.pick(choices,
                unit != null && unit.failed() ? unit : UnitPicker.UnitField.of(form.getUnitId())));
        model.addAttribute("types", RequesterType.values());
        model.addAttribute("channels", Channel.values());
        if (error != null) {
            model.addAttribute("formErrorKey", error.messageKey());
            model.addAttribute("formErrorArgs", error.args());
        }
        return "disclosure/new";
    }

    private DisclosureView view(DisclosureRequest r) {
        return new DisclosureView(r, units.displayName(r.getUnitId()), deadlines.replyDue(r).orElse(null),
                deadlines.light(r, DisclosureView.today()));
    }

    private List<UnitView> actableUnits(CurrentUser user) {
        return units.activeUnits().stream().filter(u -> DisclosureAccess.SCOPE.mayAct(user, u.id())).toList();
    }
}
