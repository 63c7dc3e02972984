package org.fazhi.litigation.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.fazhi.attachment.Attachments;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.litigation.LitigationProperties;
import org.fazhi.litigation.internal.Appearance;
import org.fazhi.litigation.internal.Excuse;
import org.fazhi.litigation.internal.Instance;
import org.fazhi.litigation.internal.JudgmentResult;
import org.fazhi.litigation.internal.LitigationAccess;
import org.fazhi.litigation.internal.LitigationCase;
import org.fazhi.litigation.internal.LitigationDeadlines;
import org.fazhi.litigation.internal.LitigationRecords;
import org.fazhi.litigation.internal.LitigationReports;
import org.fazhi.litigation.internal.LitigationService;
import org.fazhi.litigation.internal.LitigationStatus;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitPicker;
import org.fazhi.organization.UnitView;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The litigation register: list, registration, case page and indicators. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_LEADER','UNIT_LIAISON','UNIT_LEADER')")
class LitigationPageController {

    /** A list row. */
    record Row(LitigationCase c, String unitName, LocalDate defenceDue, LitigationDeadlines.Light light) {
    }

    private final LitigationService service;
    private final LitigationDeadlines deadlines;
    private final LitigationRecords records;
    private final LitigationReports reports;
    private final UnitDirectory units;
    private final UnitPicker picker;
    private final CurrentUsers users;
    private final Attachments attachments;

    LitigationPageController(LitigationService service, LitigationDeadlines deadlines, LitigationRecords records,
                             LitigationReports reports, UnitDirectory units, CurrentUsers users, Attachments attachments,
                             UnitPicker picker) {
        this.attachments = attachments;
        this.service = service;
        this.deadlines = deadlines;
        this.records = records;
        this.reports = reports;
        this.units = units;
        this.picker = picker;
        this.users = users;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @GetMapping("/litigation")
    String list(@RequestParam(required = false) String unit, @RequestParam(required = false) LitigationStatus status,
                @RequestParam(required = false) LitigationDeadlines.Light light, Model model) {
        CurrentUser user = users.require();
        UnitPicker.UnitField field = picker.read(unit);
        Long unitId = field.unitId();
        List<Row> rows = field.failed() ? List.of() : service.visibleTo(user).stream()
                .filter(c -> unitId == null || c.getUnitId() == unitId)
                .filter(c -> status == null || c.getStatus() == status)
                .map(c -> new Row(c, units.displayName(c.getUnitId()), deadlines.defenceDue(c), deadlines.light(c, today())))
                .filter(r -> light == null || r.light() == light).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("statuses", LitigationStatus.values());
        model.addAttribute("lights", LitigationDeadlines.Light.values());
        model.addAttribute("unitPick", picker.pick(readable(user), field));
        model.addAttribute("filterStatus", status);
        model.addAttribute("filterLight", light);
        model.addAttribute("mayRegister", !actable(user).isEmpty());
        model.addAttribute("mayImport", user.has(org.fazhi.identity.Role.COORDINATOR));
        return "litigation/list";
    }

    @GetMapping("/litigation/new")
    String form(Model model) {
        return showForm(null, null, model);
    }

    @PostMapping("/litigation")
    String register(@RequestParam(required = false) String unitId, @RequestParam(required = false) String court,
                    @RequestParam(required = false) String caseNumber, @RequestParam(required = false) String plaintiff,
                    @RequestParam(required = false) String act, @RequestParam(required = false) Instance instance,
                    @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate complaintReceivedOn,
                    Model model) {
        UnitPicker.UnitField unit = picker.read(unitId);
        LitigationService.Registration form = new LitigationService.Registration(
                unit.unitId() == null ? -1 : unit.unitId(), court, caseNumber, plaintiff, act, instance,
                complaintReceivedOn);
        if (unit.failed()) {
            return showForm(form, unit, model);
        }
        try {
            return "redirect:/litigation/" + service.register(form, users.require()).getId();
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            model.addAttribute("formErrorKey", e.messageKey());
            model.addAttribute("formErrorArgs", e.args());
            return showForm(form, unit, model);
        }
    }

    @GetMapping("/litigation/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        LitigationCase c = service.get(id, user);
        model.addAttribute("c", c);
        model.addAttribute("unitName", units.displayName(c.getUnitId()));
        model.addAttribute("defence", deadlines.explainDefence(c));
        model.addAttribute("defenceOnTime", deadlines.defenceOnTime(c).orElse(null));
        model.addAttribute("light", deadlines.light(c, today()));
        model.addAttribute("hearings", records.hearings(List.of(id)));
        model.addAttribute("suggestions", records.suggestions(List.of(id)));
        model.addAttribute("history", records.of(id));
        model.addAttribute("files", service.files(id, user));
        model.addAttribute("maxBytes", attachments.maxBytes());
        model.addAttribute("mayAct", LitigationAccess.SCOPE.mayAct(user, c.getUnitId()));
        model.addAttribute("appearances", Appearance.values());
        model.addAttribute("excuses", Excuse.values());
        model.addAttribute("results", JudgmentResult.values());
        model.addAttribute("today", today());
        return "litigation/case";
    }

    @GetMapping("/litigation/indicators")
    String indicators(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                      @RequestParam(required = false) String unit,
                      @RequestParam(required = false) LitigationProperties.AppearanceRate definition, Model model) {
        CurrentUser user = users.require();
        LocalDate end = to == null ? today() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        UnitPicker.UnitField field = picker.read(unit);
        Long scope = reports.scope(field.unitId(), user);
        model.addAttribute("ind", field.failed() ? reports.none(start, end, definition)
                : definition == null ? reports.indicators(start, end, scope, user)
                : reports.indicators(start, end, scope, user, definition));
        model.addAttribute("unit", scope);
        model.addAttribute("definitions", LitigationProperties.AppearanceRate.values());
        model.addAttribute("unitPick", picker.pick(readable(user),
                field.failed() ? field : UnitPicker.UnitField.of(scope)));
        model.addAttribute("seesAll", LitigationAccess.SCOPE.seesAll(user));
        return "litigation/indicators";
    }

    /** The form, again with what was typed when {@code unit} (null for a new form) named no unit. */
    private String showForm(LitigationService.Registration form, UnitPicker.UnitField unit, Model model) {
        CurrentUser user = users.require();
        List<UnitView> choices = actable(user);
        if (choices.isEmpty()) {
            throw new AccessDeniedException("litigation: no unit to act for");
        }
        model.addAttribute("form", form);
        model.addAttribute("ownUnit", user.unitId());
        model.addAttribute("unitPick", picker.pick(choices, unit != null ? unit : UnitPicker.UnitField.of(user.unitId())));
        model.addAttribute("instances", Instance.values());
        return "litigation/new";
    }

    private List<UnitView> readable(CurrentUser user) {
        return units.activeUnits().stream().filter(u -> LitigationAccess.SCOPE.mayRead(user, u.id())).toList();
    }

    private List<UnitView> actable(CurrentUser user) {
        return units.activeUnits().stream().filter(u -> LitigationAccess.SCOPE.mayAct(user, u.id())).toList();
    }
}
