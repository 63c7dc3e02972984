package org.fazhi.reconsideration.internal;

import java.time.LocalDate;

/**
 * One step asked for on a case. Which fields an action needs is checked by {@link CaseRules}.
 *
 * @param action    the step
 * @param date      the day it happened (notice served, copy sent, decision made, …)
 * @param otherDate a second day: the hearing date ({@link Action#SCHEDULE_HEARING})
 * @param days      the extension in days ({@link Action#EXTEND})
 * @param code      the procedure ({@link Action#ACCEPT}) or decision type ({@link Action#DECIDE})
 * @param note      the approver ({@link Action#EXTEND}, {@link Action#CONVERT_TO_ORDINARY}), hearing place, or
 *                  the addressee of an opinion letter
 * @param reason    why — required to reject, suspend, void
 */
public record Command(Action action, LocalDate date, LocalDate otherDate, Integer days, String code, String note,
                      String reason) {

    /** A step with a date only. */
    public static Command on(Action action, LocalDate date) {
        return new Command(action, date, null, null, null, null, null);
    }

    public Command withCode(String value) {
        return new Command(action, date, otherDate, days, value, note, reason);
    }

    public Command withNote(String value) {
        return new Command(action, date, otherDate, days, code, value, reason);
    }

    public Command withReason(String value) {
        return new Command(action, date, otherDate, days, code, note, value);
    }

    public Command withDays(Integer value) {
        return new Command(action, date, otherDate, value, code, note, reason);
    }

    public Command withOtherDate(LocalDate value) {
        return new Command(action, date, value, days, code, note, reason);
    }
}
