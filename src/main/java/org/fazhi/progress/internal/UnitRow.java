package org.fazhi.progress.internal;

/**
 * One line of the unit page with every text already resolved for the reader's language, so the template only
 * prints strings (no per-row fragments or message look-ups).
 *
 * @param signOverdue the overdue-sign-for warning, or {@code null}
 * @param lightCss    CSS classes of the light, e.g. {@code light light-red}
 * @param next        the next period to report on and its due day, or {@code null}
 */
public record UnitRow(long assignmentId, String task, String role, String due, String sign, String signOverdue,
                      String lightCss, String lightText, String next) {
}
