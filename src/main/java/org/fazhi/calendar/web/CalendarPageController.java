package org.fazhi.calendar.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.fazhi.calendar.CalendarException;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.PeriodUnit;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 工作日历 — the month view (holidays and make-up working days marked, a warning for years without
 * State Council data) and the explanation page of a computed deadline.
 */
@Controller
@RequestMapping("/calendar")
@PreAuthorize("isAuthenticated()")
class CalendarPageController {

    private final CalendarManagement calendar;
    private final MessageSource messages;

    CalendarPageController(CalendarManagement calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping
    String month(@RequestParam(required = false) String month, Model model, Authentication auth, Locale locale) {
        YearMonth shown = parseMonth(month);
        if (shown == null) {
            model.addAttribute("errorText",
                    messages.getMessage("error.calendar.request.badMonth", new Object[] {month}, locale));
            shown = YearMonth.now();
        }
        model.addAttribute("grid", MonthGrid.of(shown, calendar.month(shown)));
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("rules", calendar.rules().all());
        model.addAttribute("units", PeriodUnit.values());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("isAdmin", auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_SYSTEM_ADMIN")));
        return "calendar/month";
    }

    @GetMapping("/explain")
    String explain(@RequestParam(required = false) String start, @RequestParam(required = false) String rule,
                   @RequestParam(required = false) Integer length, @RequestParam(required = false) String unit,
                   @RequestParam(required = false) Integer extension, Model model, Locale locale) {
        DeadlineQuery query = new DeadlineQuery(start, rule, length, unit, extension);
        model.addAttribute("query", query);
        model.addAttribute("rules", calendar.rules().all());
        model.addAttribute("units", PeriodUnit.values());
        if (!query.isEmpty()) {
            try {
                model.addAttribute("explanation", calendar.explain(query.toRequest(calendar.rules())));
            } catch (CalendarException e) {
                model.addAttribute("errorText", messages.getMessage(e.messageKey(), e.args(), locale));
            }
        }
        return "calendar/explain";
    }

    /** The month {@code text} names (default: this month), or {@code null} when unreadable or out of range. */
    private static YearMonth parseMonth(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now();
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            return month.getYear() < 2000 || month.getYear() > 2199 ? null : month;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
