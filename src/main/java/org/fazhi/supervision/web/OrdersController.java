package org.fazhi.supervision.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.identity.Role;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitPicker;
import org.fazhi.organization.UnitView;
import org.fazhi.platform.DomainException;
import org.fazhi.progress.ProgressDirectory;
import org.fazhi.supervision.SupervisionProperties;
import org.fazhi.supervision.internal.DeadlineMoves;
import org.fazhi.supervision.internal.OrderWordWriter;
import org.fazhi.supervision.internal.Rectification;
import org.fazhi.supervision.internal.Rectifications;
import org.fazhi.supervision.internal.Orders;
import org.fazhi.supervision.internal.SupervisionAccess;
import org.fazhi.supervision.internal.SupervisionOrder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 督办单 pages: the list (office and city leaders: all; a unit's users: their own), the office's form to issue
 * one, an order's page (the liaison responds there, the office closes it) and its Word document.
 */
@Controller
class OrdersController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Orders orders;
    private final CurrentUsers users;
    private final UnitDirectory units;
    private final ProgressDirectory progress;
    private final SupervisionProperties properties;
    private final Rectifications rectifications;
    private final UnitPicker picker;
    private final DeadlineMoves deadlineMoves;

    OrdersController(Orders orders, CurrentUsers users, UnitDirectory units, ProgressDirectory progress,
                     SupervisionProperties properties, Rectifications rectifications, UnitPicker picker,
                     DeadlineMoves deadlineMoves) {
        this.picker = picker;
        this.deadlineMoves = deadlineMoves;
        this.rectifications = rectifications;
        this.orders = orders;
        this.users = users;
        this.units = units;
        this.progress = progress;
        this.properties = properties;
    }

    @GetMapping("/supervision/orders")
    String list(@RequestParam(required = false) Long unit, Model model) {
        CurrentUser user = users.require();
        model.addAttribute("orders", orders.list(user, unit));
        model.addAttribute("office", user.has(Role.COORDINATOR));
        model.addAttribute("today", progress.today());
        return "supervision/orders";
    }

    @GetMapping("/supervision/orders/new")
    String form(@RequestParam(required = false) String unit, Model model) {
        CurrentUser user = users.require();
        SupervisionAccess.requireOffice(user);
        // an unknown name is shown next to the field with the text kept, and no assignments are listed
        return form(picker.read(unit), model);
    }

    private String form(UnitPicker.UnitField field, Model model) {
        Long unit = field.unitId();
        model.addAttribute("unitPick", picker.pick(units.activeUnits(), field));
        model.addAttribute("unit", unit);
        model.addAttribute("assignments", unit == null ? List.of() : progress.ofUnit(unit));
        model.addAttribute("days", properties.orderResponseDays());
        return "supervision/order-new";
    }

    @PostMapping("/supervision/orders")
    String issue(@RequestParam(required = false) Long unit, @RequestParam(required = false) List<Long> assignments,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) String requirement,
                 @RequestParam(required = false) Integer days, Model model, RedirectAttributes redirect) {
        try {
            SupervisionOrder order = orders.issue(users.require(),
                    new Orders.Draft(unit, assignments, reason, requirement, days));
            redirect.addFlashAttribute("flash", "supervision.order.issued");
            return "redirect:/supervision/orders/" + order.id();
        } catch (DomainException e) {
            if (e instanceof org.fazhi.platform.NotFoundException) {
                throw e;
            }
            model.addAttribute("flashError", e.messageKey());
            model.addAttribute("flashArgs", e.args());
            model.addAttribute("reason", reason);
            model.addAttribute("requirement", requirement);
            return form(UnitPicker.UnitField.of(unit), model);
        }
    }

    @GetMapping("/supervision/orders/{id}")
    String order(@PathVariable long id, Model model) {
        CurrentUser user = users.require();
        SupervisionOrder order = orders.one(user, id);
        model.addAttribute("order", order);
        model.addAttribute("deadlineMoves", deadlineMoves.of(order));
        model.addAttribute("today", progress.today());
        model.addAttribute("mayRespond", !order.closed() && user.has(Role.UNIT_LIAISON)
                && user.mayActFor(order.unitId()));
        boolean mayClose = !order.closed() && user.has(Role.COORDINATOR);
        model.addAttribute("mayClose", mayClose);
        model.addAttribute("openRectifications", mayClose ? orders.openRectifications(id) : 0);
        model.addAttribute("raised", rectifications.ofSource(user, Rectification.Source.ORDER, id));
        model.addAttribute("mayRaise", !order.closed() && user.has(Role.COORDINATOR));
        return "supervision/order";
    }

    @PostMapping("/supervision/orders/{id}/responses")
    String respond(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        Flash.run(redirect, "supervision.order.responded", () -> orders.respond(users.require(), id, text));
        return "redirect:/supervision/orders/" + id;
    }

    @PostMapping("/supervision/orders/{id}/close")
    String close(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String note,
                 RedirectAttributes redirect) {
        Flash.run(redirect, "supervision.order.closedDone", () -> orders.close(users.require(), id, version, note));
        return "redirect:/supervision/orders/" + id;
    }

    @GetMapping("/supervision/orders/{id}/document.docx")
    void document(@PathVariable long id, HttpServletResponse response) throws IOException {
        SupervisionOrder order = orders.one(users.require(), id);
        String fullName = units.find(order.unitId()).map(UnitView::fullName).orElse(order.unitName());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OrderWordWriter.write(order, fullName, properties.issuingOffice(), out);
        response.setContentType(DOCX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(order.number().replaceAll("[\\\\/:*?\"<>|\\s]", "_") + ".docx", StandardCharsets.UTF_8)
                .build().toString());
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }
}
