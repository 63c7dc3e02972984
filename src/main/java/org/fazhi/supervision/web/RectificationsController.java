package org.fazhi.supervision.web;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.attachment.AttachmentDownloads;
import org.fazhi.attachment.Attachments;
import org.fazhi.attachment.StoredFile;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.identity.Role;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitPicker;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.fazhi.supervision.internal.Rectification;
import org.fazhi.supervision.internal.RectificationDetail;
import org.fazhi.supervision.internal.RectificationLights;
import org.fazhi.supervision.internal.RectificationReport;
import org.fazhi.supervision.internal.RectificationState;
import org.fazhi.supervision.internal.Rectifications;
import org.fazhi.supervision.internal.SupervisionAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 整改 pages: the list (office and city leaders: every unit, filtered by state and unit; a unit's users: their
 * own; both also by plan and open only — the dashboard's figure links there), the item page (history, reports and files; the liaison reports there, the office accepts, returns or
 * voids), raising from an order's or a published circular's page, and evidence downloads.
 */
@Controller
class RectificationsController {

    private final Rectifications rectifications;
    private final RectificationLights lights;
    private final CurrentUsers users;
    private final UnitDirectory units;
    private final Attachments attachments;
    private final UnitPicker picker;
    private final PlanDirectory plans;

    RectificationsController(Rectifications rectifications, RectificationLights lights, CurrentUsers users,
                             UnitDirectory units, Attachments attachments, UnitPicker picker, PlanDirectory plans) {
        this.plans = plans;
        this.rectifications = rectifications;
        this.lights = lights;
        this.users = users;
        this.units = units;
        this.attachments = attachments;
        this.picker = picker;
    }

    @GetMapping("/supervision/rectifications")
    String list(@RequestParam(required = false) String unit, @RequestParam(required = false) RectificationState state,
                @RequestParam(required = false) Long plan, @RequestParam(defaultValue = "false") boolean open,
                Model model) {
        CurrentUser user = users.require();
        // an unknown unit name is shown next to the office's filter field with the text kept, and lists nothing
        UnitPicker.UnitField field = picker.read(unit);
        Long unitId = field.unitId();
        List<Rectification> items = List.of();
        if (field.failed() && !user.seesAllUnits()) {
            model.addAttribute("flashError", field.errorKey());
            model.addAttribute("flashArgs", field.errorArgs());
        }
        if (!field.failed()) {
            try {
                items = rectifications.list(user, unitId, state, plan, open);
            } catch (DomainException e) {
                model.addAttribute("flashError", e.messageKey());
                model.addAttribute("flashArgs", e.args());
            }
        }
        model.addAttribute("items", items);
        model.addAttribute("lights", lights.of(items));
        model.addAttribute("states", RectificationState.values());
        model.addAttribute("state", state);
        model.addAttribute("open", open);
        model.addAttribute("plan", plan == null ? null : plans.plan(plan).orElse(null));
        model.addAttribute("planId", plan);
        model.addAttribute("unitPick", user.seesAllUnits() ? picker.pick(units.activeUnits(), field) : null);
        return "supervision/rectifications";
    }

    @PostMapping("/supervision/rectifications")
    String raise(@RequestParam Rectification.Source source, @RequestParam long sourceId,
                 @RequestParam(required = false) String unit, @RequestParam(required = false) String requirement,
                 @RequestParam(required = false) Integer days,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                 RedirectAttributes redirect) {
        CurrentUser user = users.require();
        SupervisionAccess.requireOffice(user);
        long[] id = {0};
        // the unit as the shared unit field sends it: an id (select, or an order's fixed unit) or a typed name
        Flash.run(redirect, "supervision.rectification.raised", () -> id[0] = rectifications.raise(user,
                new Rectifications.Raise(source, sourceId, picker.resolve(unit), requirement, days, dueOn)).id());
        if (id[0] != 0) {
            return "redirect:/supervision/rectifications/" + id[0];
        }
        redirect.addFlashAttribute("raiseUnit", unit);
        redirect.addFlashAttribute("raiseRequirement", requirement);
        return "redirect:" + (source == Rectification.Source.ORDER ? "/supervision/orders/" : "/supervision/circulars/")
                + sourceId;
    }

    @GetMapping("/supervision/rectifications/{id}")
    String one(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        RectificationDetail detail = rectifications.detail(user, id);
        Rectification item = detail.item();
        model.addAttribute("detail", detail);
        model.addAttribute("item", item);
        boolean liaison = user.has(Role.UNIT_LIAISON) && user.mayActFor(item.unitId());
        model.addAttribute("mayReport", liaison && !item.closed() && item.state() != RectificationState.SUBMITTED);
        model.addAttribute("draft", detail.reports().stream()
                .filter(r -> r.state() == RectificationReport.State.DRAFT).findFirst().orElse(null));
        model.addAttribute("mayReview", user.has(Role.COORDINATOR) && item.state() == RectificationState.SUBMITTED);
        model.addAttribute("mayVoid", user.has(Role.COORDINATOR) && !item.closed());
        model.addAttribute("maxBytes", attachments.maxBytes());
        return "supervision/rectification";
    }

    @PostMapping("/supervision/rectifications/{id}/report")
    String report(@PathVariable long id, @RequestParam(required = false) String text,
                  @RequestParam(defaultValue = "save") String action,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  RedirectAttributes redirect) {
        boolean submit = "submit".equals(action);
        Flash.run(redirect, submit ? "supervision.rectification.submitted" : "supervision.rectification.saved",
                () -> rectifications.report(users.require(), id, text, RectificationUploads.of(files), submit));
        return "redirect:/supervision/rectifications/" + id;
    }

    @PostMapping("/supervision/rectifications/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) Long version,
                  @RequestParam(defaultValue = "") String decision, @RequestParam(required = false) String comment,
                  RedirectAttributes redirect) {
        boolean accept = "accept".equals(decision);
        Flash.run(redirect, accept ? "supervision.rectification.acceptedDone" : "supervision.rectification.returnedDone",
                () -> rectifications.review(users.require(), id, version, accept, comment));
        return "redirect:/supervision/rectifications/" + id;
    }

    @PostMapping("/supervision/rectifications/{id}/void")
    String voidItem(@PathVariable long id, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        Flash.run(redirect, "supervision.rectification.voidedDone",
                () -> rectifications.voidItem(users.require(), id, reason));
        return "redirect:/supervision/rectifications/" + id;
    }

    @GetMapping("/supervision/rectifications/{id}/files/{fileId}")
    ResponseEntity<StreamingResponseBody> file(@PathVariable long id, @PathVariable long fileId) {
        return download(rectifications, attachments, users.require(), id, fileId);
    }

    /** A file of one of the item's reports, to whoever may see the item; another item's file is not found. */
    static ResponseEntity<StreamingResponseBody> download(Rectifications rectifications, Attachments attachments,
                                                          CurrentUser user, long id, long fileId) {
        StoredFile file = rectifications.reports(user, id).stream()
                .flatMap(r -> attachments.find(RectificationReport.owner(r.id()), fileId).stream())
                .findFirst().orElseThrow(() -> new NotFoundException("error.attachment.notFound", fileId));
        return AttachmentDownloads.response(attachments, file);
    }
}
