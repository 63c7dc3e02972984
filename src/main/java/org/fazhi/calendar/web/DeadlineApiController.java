package org.fazhi.calendar.web;

import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.DeadlineExplanation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/calendar/deadline?start=2024-09-20&rule=disclosure.reply} — a deadline with its full
 * explanation as JSON. Also {@code length}+{@code unit} for an ad-hoc period and {@code extension}.
 * Refusals (unknown rule, unreadable date, extension over the cap, …) come back as problem details with
 * the localised message and its key (the platform's API error advice).
 */
@RestController
@RequestMapping("/api/calendar")
@PreAuthorize("isAuthenticated()")
class DeadlineApiController {

    private final CalendarManagement calendar;

    DeadlineApiController(CalendarManagement calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/deadline")
    DeadlineExplanation deadline(@RequestParam(required = false) String start,
                                 @RequestParam(required = false) String rule,
                                 @RequestParam(required = false) Integer length,
                                 @RequestParam(required = false) String unit,
                                 @RequestParam(required = false) Integer extension) {
        return calendar.explain(new DeadlineQuery(start, rule, length, unit, extension).toRequest(calendar.rules()));
    }
}
