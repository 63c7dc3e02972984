package org.fazhi.calendar.web;

import java.util.Locale;
import java.util.Map;

import org.fazhi.calendar.CalendarException;
import org.fazhi.calendar.CalendarManagement;
import org.fazhi.calendar.DeadlineExplanation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/calendar/deadline?start=2024-09-20&rule=disclosure.reply} — a deadline with its full
 * explanation as JSON. Also {@code length}+{@code unit} for an ad-hoc period and {@code extension}.
 */
@RestController
@RequestMapping("/api/calendar")
@PreAuthorize("isAuthenticated()")
class DeadlineApiController {

    private final CalendarManagement calendar;
    private final MessageSource messages;

    DeadlineApiController(CalendarManagement calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping("/deadline")
    DeadlineExplanation deadline(@RequestParam(required = false) String start,
                                 @RequestParam(required = false) String rule,
                                 @RequestParam(required = false) Integer length,
                                 @RequestParam(required = false) String unit,
                                 @RequestParam(required = false) Integer extension) {
        return calendar.explain(new DeadlineQuery(start, rule, length, unit, extension).toRequest(calendar.rules()));
    }

    @ExceptionHandler(CalendarException.class)
    ResponseEntity<Map<String, Object>> refused(CalendarException e, Locale locale) {
        String message = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(Map.of("key", e.messageKey(), "message", message));
    }
}
