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

    /** All rules, in file order. */
    public Collection<StatuteRule> all() {
        return byId.values();
    }
}
