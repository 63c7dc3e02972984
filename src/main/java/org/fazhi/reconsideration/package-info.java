/**
 * Reconsideration — 行政复议 register under the Administrative Reconsideration Law (revised 2023): applications,
 * acceptance review and 补正, the respondent's answer, hearings, suspension, extension, decisions and
 * 复议意见书 follow-ups, every deadline computed and explained by the calendar module, the 纠错率 and
 * 按期办结率 indicators. See {@code docs/reconsideration.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reconsideration")
package org.fazhi.reconsideration;
