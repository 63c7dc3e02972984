package org.fazhi.calendar;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The catalogue of named statutory period rules, in file order. */
public final class StatuteRules {

    private final Map<String, StatuteRule> byId;

    public StatuteRules(Collection<StatuteRule> rules) {
        Map<String, StatuteRule> map = new LinkedHashMap<>();
        for (StatuteRule rule : rules) {
            if (map.put(rule.id(), rule) != null) {
                throw new CalendarException("error.calendar.rule.duplicate", rule.id());
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    /** The rule with {@code id}, if any. */
    public Optional<StatuteRule> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The rule with {@code id}; refuses an unknown id with {@code error.calendar.rule.unknown}. */
    public StatuteRule get(String id) {
        return find(id).orElseThrow(() -> new CalendarException("error.calendar.rule.unknown", String.valueOf(id)));
    }

    /**
     * A catalogue where the configurable rule {@code id} runs {@code length} days (same unit). Statutory
     * rules are refused ({@code error.calendar.rule.notConfigurable}): their periods are fixed by law.
     */
    public StatuteRules withLength(String id, int length) {
        StatuteRule rule = get(id);
        if (!rule.configurable()) {
            throw new CalendarException("error.calendar.rule.notConfigurable", id);
        }
        Map<String, StatuteRule> copy = new LinkedHashMap<>(byId);
        copy.put(id, new StatuteRule(rule.id(), rule.name(), rule.law(), rule.article(), rule.paragraph(),
                new Period(length, rule.period().unit()), rule.extensionCap(), rule.countingArticle(), true));
        return new StatuteRules(copy.values());
    }

    /** All rules, in file order. */
    public Collection<StatuteRule> all() {
        return byId.values();
    }
}
