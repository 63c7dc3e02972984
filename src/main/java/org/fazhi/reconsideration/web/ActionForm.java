package org.fazhi.reconsideration.web;

import java.time.LocalDate;
import org.fazhi.reconsideration.internal.Action;
import org.fazhi.reconsideration.internal.Command;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A step as submitted by a form or the API, with the case version the user saw (optimistic locking).
 *
 * @param version   the case's version when the form was shown
 * @param action    the step
 * @param date      the day it happened (not needed to void; 视为受理 defaults to the review's last day)
 * @param otherDate the hearing day (安排听证)
 * @param days      extension days (延长, at most 30)
 * @param code      procedure ({@code ORDINARY}/{@code SIMPLIFIED}) or decision type
 * @param note      approver, hearing place or addressee of an opinion letter
 * @param reason    why
 */
public record ActionForm(Long version, Action action, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate otherDate, Integer days, String code,
                         String note, String reason) {

    Command toCommand() {
        return new Command(action, date, otherDate, days, blank(code), blank(note), blank(reason));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
