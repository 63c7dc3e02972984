package org.fazhi.supervision.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.identity.Role;
import org.fazhi.plan.PlanDirectory;
import org.fazhi.supervision.SupervisionProperties;
import org.fazhi.supervision.internal.Circular;
import org.fazhi.supervision.internal.CircularWordWriter;
import org.fazhi.supervision.internal.Circulars;
import org.fazhi.supervision.internal.Rectification;
import org.fazhi.supervision.internal.Rectifications;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitPicker;
import org.fazhi.progress.AssignmentStatus;
import org.fazhi.progress.ProgressDirectory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通报 pages: the list and the office's form to draft one; a circular's page (edit, publish) and its Word file. */
@Controller
class CircularsController {

    private final Circulars circulars;
    private final CurrentUsers users;
    private final PlanDirectory plans;
    private final SupervisionProperties properties;
    private final java.time.Clock clock;
    private final Rectifications rectifications;
    private final ProgressDirectory progress;
    private final UnitDirectory units;
    private final UnitPicker picker;

    CircularsController(Circulars circulars, CurrentUsers users, PlanDirectory plans, SupervisionProperties properties,
                        java.time.Clock clock, Rectifications rectifications, ProgressDirectory progress,
                        UnitDirectory units, UnitPicker picker) {
        this.picker = picker;
        this.rectifications = rectifications;
        this.progress = progress;
        this.units = units;
        this.circulars = circulars;
        this.users = users;
        this.plans = plans;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/supervision/circulars")
    String list(Model model) {
        CurrentUser user = users.require();
        model.addAttribute("circulars", circulars.list(user));
        model.addAttribute("office", user.has(Role.COORDINATOR));
        model.addAttribute("plans", user.has(Role.COORDINATOR) ? plans.plans() : java.util.List.of());
        return "supervision/circulars";
    }

    @PostMapping("/supervision/circulars")
    String draft(@RequestParam long plan, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                 LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 RedirectAttributes redirect) {
        long[] id = {0};
        Flash.run(redirect, "supervision.circular.drafted",
                () -> id[0] = circulars.draft(users.require(), plan, from, to).id());
        return id[0] == 0 ? "redirect:/supervision/circulars" : "redirect:/supervision/circulars/" + id[0];
    }

    @GetMapping("/supervision/circulars/{id}")
    String one(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        Circular circular = circulars.one(user, id);
        model.addAttribute("circular", circular);
        model.addAttribute("mayEdit", user.has(Role.COORDINATOR) && !circular.published());
        model.addAttribute("audiences", Circular.Audience.values());
        model.addAttribute("raised", rectifications.ofSource(user, Rectification.Source.CIRCULAR, id));
        boolean mayRaise = user.has(Role.COORDINATOR) && circular.published();
        model.addAttribute("mayRaise", mayRaise);
        if (mayRaise) {
            model.addAttribute("raisePick", raisePick(circular, (String) model.getAttribute("raiseUnit")));
        }
        return "supervision/circular";
    }

    /**
     * The unit field of the raise form: the units with an assignment in the circular's plan, through the shared
     * {@link UnitPicker} (a select in a city, a typed name with suggestions at province scale); after a refused
     * raise the text the office wrote is shown again, with the message next to it when it names no unit.
     */
    private UnitPicker.UnitPick raisePick(Circular circular, String written) {
        return picker.pick(progress.ofPlan(circular.planId()).stream()
                .map(AssignmentStatus::unitId).distinct().map(units::find).flatMap(java.util.Optional::stream)
                .toList(), picker.read(written));
    }

    @PostMapping("/supervision/circulars/{id}")
    String edit(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String title,
                @RequestParam(required = false) String body, RedirectAttributes redirect) {
        Flash.run(redirect, "supervision.circular.saved", () -> circulars.edit(users.require(), id, version, title, body));
        return "redirect:/supervision/circulars/" + id;
    }

    @PostMapping("/supervision/circulars/{id}/publish")
    String publish(@PathVariable long id, @RequestParam long version,
                   @RequestParam(required = false) Circular.Audience audience, RedirectAttributes redirect) {
        Flash.run(redirect, "supervision.circular.publishedDone",
                () -> circulars.publish(users.require(), id, version, audience));
        return "redirect:/supervision/circulars/" + id;
    }

    @GetMapping("/supervision/circulars/{id}/document.docx")
    void document(@PathVariable long id, HttpServletResponse response) throws IOException {
        Circular circular = circulars.one(users.require(), id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CircularWordWriter.write(circular, properties.issuingOffice(), clock.getZone(), out);
        response.setContentType(OrdersController.DOCX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("circular-" + id + ".docx", StandardCharsets.UTF_8).build().toString());
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }
}
