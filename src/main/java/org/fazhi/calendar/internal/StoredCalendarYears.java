package org.fazhi.calendar.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.calendar.MovedDeadline;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator's uploaded years ({@code calendar_year}), figures for configurable rules
 * ({@code calendar_rule_override}) and the log of calendar changes ({@code calendar_change}).
 */
@Repository
public class StoredCalendarYears {

    /** One stored upload. */
    public record StoredYear(int year, String json, String updatedBy, Instant updatedAt) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    StoredCalendarYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All stored years, ascending. */
    public List<StoredYear> findAll() {
        return jdbc.sql("SELECT year, source_json, updated_by, updated_at FROM calendar_year ORDER BY year")
                .query((rs, n) -> new StoredYear(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Stores {@code json} as the data of {@code year}, replacing an earlier upload. */
    public void save(int year, String json, String actor) {
        jdbc.sql("""
                INSERT INTO calendar_year (year, source_json, updated_by, updated_at) VALUES (?, ?, ?, now())
                ON CONFLICT (year) DO UPDATE SET source_json = EXCLUDED.source_json,
                    updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
                """).params(year, json, actor).update();
    }

    /** The administrator's figures for configurable rules, by rule id. */
    public Map<String, Integer> ruleLengths() {
        Map<String, Integer> lengths = new LinkedHashMap<>();
        jdbc.sql("SELECT rule_id, length FROM calendar_rule_override ORDER BY rule_id")
                .query(rs -> {
                    lengths.put(rs.getString(1), rs.getInt(2));
                });
        return lengths;
    }

    /** Stores the administrator's figure for a configurable rule. */
    public void saveRuleLength(String ruleId, int length, String actor) {
        jdbc.sql("""
                INSERT INTO calendar_rule_override (rule_id, length, updated_by, updated_at) VALUES (?, ?, ?, now())
                ON CONFLICT (rule_id) DO UPDATE SET length = EXCLUDED.length,
                    updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
                """).params(ruleId, length, actor).update();
    }

    /** Records a calendar change and the deadlines it moved. */
    public void logChange(int year, String actor, List<MovedDeadline> moved) {
        jdbc.sql("INSERT INTO calendar_change (year, changed_by, moved_count, moved_json) VALUES (?, ?, ?, ?)")
                .params(year, actor, moved.size(), MAPPER.writeValueAsString(moved)).update();
    }
}
