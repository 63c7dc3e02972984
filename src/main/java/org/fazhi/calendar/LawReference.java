package org.fazhi.calendar;

/**
 * A law, regulation or normative document a rule comes from.
 *
 * @param code stable identifier, e.g. {@code ADMINISTRATIVE_RECONSIDERATION_LAW_2023}
 * @param name its title
 */
public record LawReference(String code, LocalizedText name) {
}
