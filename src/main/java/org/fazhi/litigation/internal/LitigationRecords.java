package org.fazhi.litigation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.fazhi.platform.RegisterLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Hearings, judicial suggestions and the append-only history of each case ({@code litigation_event}). */
@Repository
public class LitigationRecords extends RegisterLog {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    LitigationRecords(JdbcTemplate jdbc) {
        super(jdbc, "litigation_event", "case_id");
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    void addHearing(long caseId, LocalDate heldOn, Appearance appearance, String appeared, Excuse excuse,
                    String note, String actor) {
        jdbc.update("INSERT INTO litigation_hearing (case_id, held_on, appearance, appeared, excuse, excuse_note, "
                        + "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)", caseId, heldOn, appearance.name(), appeared,
                excuse == null ? null : excuse.name(), note, actor);
    }

    public List<Hearing> hearings(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return named.query("SELECT * FROM litigation_hearing WHERE case_id IN (:ids) ORDER BY held_on, id",
                new MapSqlParameterSource("ids", caseIds), (rs, n) -> new Hearing(rs.getLong("id"),
                        rs.getLong("case_id"), rs.getObject("held_on", LocalDate.class),
                        Appearance.valueOf(rs.getString("appearance")), rs.getString("appeared"),
                        rs.getString("excuse") == null ? null : Excuse.valueOf(rs.getString("excuse")),
                        rs.getString("excuse_note")));
    }

    long addSuggestion(long caseId, LocalDate receivedOn, String content) {
        return jdbc.queryForObject("INSERT INTO litigation_suggestion (case_id, received_on, content) "
                + "VALUES (?, ?, ?) RETURNING id", Long.class, caseId, receivedOn, content);
    }

    /** Sets the reply of an unanswered suggestion of {@code caseId}; false when there was none to answer. */
    boolean replySuggestion(long caseId, long suggestionId, LocalDate repliedOn, String reply) {
        return jdbc.update("UPDATE litigation_suggestion SET replied_on = ?, reply = ? WHERE id = ? AND case_id = ? "
                + "AND replied_on IS NULL", repliedOn, reply, suggestionId, caseId) == 1;
    }

    public List<Suggestion> suggestions(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return named.query("SELECT * FROM litigation_suggestion WHERE case_id IN (:ids) ORDER BY received_on, id",
                new MapSqlParameterSource("ids", caseIds), (rs, n) -> new Suggestion(rs.getLong("id"),
                        rs.getLong("case_id"), rs.getObject("received_on", LocalDate.class), rs.getString("content"),
                        rs.getObject("replied_on", LocalDate.class), rs.getString("reply")));
    }
}
