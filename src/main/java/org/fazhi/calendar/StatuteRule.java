package org.fazhi.calendar;

import java.util.Objects;

/**
 * A named statutory period rule, e.g. "行政复议决定: 60 calendar days from acceptance, one extension of at
 * most 30 days" (行政复议法 Art. 62). Rules are data (bundled {@code calendar/statute-rules.json}) so the
 * registers reuse them and an administrator can see which rule a deadline came from.
 *
 * @param id              stable id, e.g. {@code reconsideration.decision}
 * @param name            what the period is for
 * @param law             the source
 * @param article         article number in the source (0 when the source has none)
 * @param paragraph       paragraph (款) number, 0 when the whole article applies
 * @param period          the period
 * @param extensionCap    the longest single extension allowed, or {@code null} when none is allowed
 * @param countingArticle the article that says how the source's days are counted (e.g. 88), or 0
 * @param configurable    true where the figure is practice or differs between provinces
 */
public record StatuteRule(String id, LocalizedText name, LawReference law, int article, int paragraph,
                          Period period, Period extensionCap, int countingArticle, boolean configurable) {

    public StatuteRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(period, "period");
    }

    /** Whether the rule allows its one extension (延长). */
    public boolean allowsExtension() {
        return extensionCap != null;
    }
}
