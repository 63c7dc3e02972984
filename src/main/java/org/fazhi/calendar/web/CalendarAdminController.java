package org.fazhi.calendar.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.fazhi.calendar.CalendarChanged;
import org.fazhi.calendar.CalendarException;
import org.fazhi.calendar.CalendarFileException;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.StatuteRuleChanged;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作日历维护 — the system administrator adds or corrects a year of holiday data, by uploading a
 * holiday-cn JSON file or editing it in the form. A faulty file is refused with each fault's line and date
 * and nothing changes; an accepted one lists the open deadlines it moved.
 */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CalendarAdminController {

    /** A refused file's fault, its message resolved for the page. */
    record ProblemView(int line, String date, String message) {
    }

    private final CalendarManagement calendar;
    private final MessageSource messages;

    CalendarAdminController(CalendarManagement calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping
    String show(@RequestParam(required = false) Integer edit, Model model) {
        model.addAttribute("years", calendar.years());
        if (!model.containsAttribute("json")) {
            model.addAttribute("json", edit == null ? "" : calendar.yearAsJson(edit).orElse(""));
        }
        model.addAttribute("editing", edit);
        model.addAttribute("changes", DayChange.values());
        model.addAttribute("rules", calendar.rules().all());
        return "calendar/admin";
    }

    /** A year's file is a few kilobytes; anything near a megabyte is not a calendar file. */
    static final long MAX_YEAR_FILE_BYTES = 1024 * 1024;

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String json,
                  Principal principal, Locale locale, Model model, RedirectAttributes redirect) throws IOException {
        if (file != null && file.getSize() > MAX_YEAR_FILE_BYTES) {
            redirect.addFlashAttribute("flashError", "error.upload.tooLarge");
            return "redirect:/admin/calendar";
        }
        String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : json;
        try {
            CalendarChanged changed = calendar.replaceYear(text == null ? "" : text, principal.getName());
            redirect.addFlashAttribute("flash", "calendar.admin.saved");
            redirect.addFlashAttribute("changed", changed);
            return "redirect:/admin/calendar";
        } catch (CalendarFileException e) {
            model.addAttribute("json", text);
            return refused(e, locale, model);
        }
    }

    /** The form way: list one date as a day off or make-up working day, or remove its listing. */
    @PostMapping("/day")
    String correctDay(@RequestParam int year, @RequestParam String date, @RequestParam(required = false) String name,
                      @RequestParam DayChange change, Principal principal, Locale locale, Model model,
                      RedirectAttributes redirect) {
        try {
            LocalDate day = DeadlineQuery.parseDate(date);
            CalendarChanged changed = calendar.correctDay(year, day, name, change.offDay(), principal.getName());
            redirect.addFlashAttribute("flash", "calendar.admin.saved");
            redirect.addFlashAttribute("changed", changed);
            return "redirect:/admin/calendar";
        } catch (CalendarException e) {
            return refused(e, locale, model);
        }
    }

    /** Sets the figure of a configurable period rule; statutory rules are refused. */
    @PostMapping("/rules")
    String changeRule(@RequestParam String rule, @RequestParam int length, Principal principal, Locale locale,
                      Model model, RedirectAttributes redirect) {
        try {
            StatuteRuleChanged changed = calendar.changeRuleLength(rule, length, principal.getName());
            redirect.addFlashAttribute("flash", "calendar.admin.ruleSaved");
            redirect.addFlashAttribute("ruleChanged", changed);
            return "redirect:/admin/calendar";
        } catch (CalendarException e) {
            return refused(e, locale, model);
        }
    }

    /** What the single-day form does to a date. */
    enum DayChange {
        OFF(Boolean.TRUE), MAKEUP(Boolean.FALSE), REMOVE(null);

        private final Boolean offDay;

        DayChange(Boolean offDay) {
            this.offDay = offDay;
        }

        Boolean offDay() {
            return offDay;
        }
    }

    private String refused(CalendarException e, Locale locale, Model model) {
        model.addAttribute("errorText", messages.getMessage(e.messageKey(), e.args(), locale));
        if (e instanceof CalendarFileException file) {
            List<ProblemView> problems = file.problems().stream()
                    .map(p -> new ProblemView(p.line(), p.date(),
                            messages.getMessage(p.messageKey(), p.args().toArray(), locale)))
                    .toList();
            model.addAttribute("problems", problems);
        }
        return show(null, model);
    }
}
