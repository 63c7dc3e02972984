package org.fazhi.reconsideration.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.platform.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Cases and their events in PostgreSQL ({@code reconsideration_case}, {@code reconsideration_event}, V50). A
 * case is read by replaying its events; each step appends an event and bumps the case's version, refused as
 * stale when someone else changed the case since the form was shown.
 */
@Repository
public class CaseStore {

    /** Which cases to read; null fields do not filter. */
    public record Filter(CaseState state, Long unitId, Long onlyUnitId, LocalDate closedFrom, LocalDate closedTo,
                         boolean mayHaveOpenDeadlines) {

        public Filter(CaseState state, Long unitId, Long onlyUnitId, LocalDate closedFrom, LocalDate closedTo) {
            this(state, unitId, onlyUnitId, closedFrom, closedTo, false);
        }
    }

    /** What the snapshot columns keep for lists and indicators. */
    public record Snapshot(CaseState state, Procedure procedure, LocalDate acceptedOn, LocalDate closedOn,
                           DecisionType decisionType, LocalDate decisionDue) {
    }

    private static final String CASE_COLUMNS = "c.id, c.version, c.applicant, c.respondent_unit_id, c.act_challenged,"
            + " c.channel, c.received_on, c.knew_on, c.told_of_right, c.rights_known_on, c.created_by, c.created_at";

    private final JdbcTemplate jdbc;

    CaseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new case and its registration event; returns the id. */
    public long insert(Registration r, boolean late, String actor) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO reconsideration_case (applicant, respondent_unit_id,"
                    + " act_challenged, channel, received_on, knew_on, told_of_right, rights_known_on, late_filing,"
                    + " state, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)", new String[] {"id"});
            ps.setString(1, r.applicant().strip());
            ps.setLong(2, r.respondentUnitId());
            ps.setString(3, r.act().strip());
            ps.setString(4, r.channel().name());
            ps.setObject(5, r.receivedOn());
            ps.setObject(6, r.knewOn());
            ps.setBoolean(7, r.toldOfRight());
            ps.setObject(8, r.rightsKnownOn());
            ps.setBoolean(9, late);
            ps.setString(10, CaseState.RECEIVED.name());
            ps.setString(11, actor);
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        insertEvent(id, 0, Command.on(Action.REGISTER, r.receivedOn()), null, CaseState.RECEIVED, actor);
        return id;
    }

    /** Appends a step, refused as stale unless the case is still at {@code expectedVersion}. */
    public void append(long id, long expectedVersion, int seq, Command command, CaseState from, Snapshot after,
                       String actor) {
        int updated = jdbc.update("UPDATE reconsideration_case SET state = ?, procedure_kind = ?, accepted_on = ?,"
                        + " closed_on = ?, decision_type = ?, decision_due = COALESCE(?, decision_due), updated_at = now(),"
                        + " version = version + 1 WHERE id = ? AND version = ?",
                after.state().name(), after.procedure() == null ? null : after.procedure().name(), after.acceptedOn(),
                after.closedOn(), after.decisionType() == null ? null : after.decisionType().name(),
                after.decisionDue(), id, expectedVersion);
        if (updated == 0) {
            throw new DomainException("error.reconsideration.stale");
        }
        insertEvent(id, seq, command, from, after.state(), actor);
    }

    /**
     * Whether a case with this respondent, receipt day, applicant and challenged act is registered and not
     * voided: the key by which an Excel re-import skips cases already in the register.
     */
    public boolean registered(long unitId, LocalDate receivedOn, String applicant, String act) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM reconsideration_case WHERE respondent_unit_id = ?"
                + " AND received_on = ? AND applicant = ? AND act_challenged = ? AND state <> 'VOIDED'", Integer.class,
                unitId, receivedOn, applicant.strip(), act.strip());
        return n != null && n > 0;
    }

    /** The case with {@code id}, replayed. */
    public Optional<StoredCase> find(long id) {
        List<StoredCase> found = read("WHERE c.id = ?", List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The cases matching {@code filter}, newest receipt first. */
    public List<StoredCase> list(Filter filter) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.state() != null) {
            where.append(" AND c.state = ?");
            args.add(filter.state().name());
        }
        if (filter.unitId() != null) {
            where.append(" AND c.respondent_unit_id = ?");
            args.add(filter.unitId());
        }
        if (filter.onlyUnitId() != null) {
            where.append(" AND c.respondent_unit_id = ?");
            args.add(filter.onlyUnitId());
        }
        if (filter.mayHaveOpenDeadlines()) {
            // rejected, abandoned and voided cases have nothing left to run; decided ones may owe an opinion report
            where.append(" AND c.state NOT IN ('REJECTED', 'ABANDONED', 'VOIDED')");
        }
        if (filter.closedFrom() != null) {
            where.append(" AND c.closed_on >= ?");
            args.add(Date.valueOf(filter.closedFrom()));
        }
        if (filter.closedTo() != null) {
            where.append(" AND c.closed_on <= ?");
            args.add(Date.valueOf(filter.closedTo()));
        }
        return read(where.toString(), args);
    }

    private List<StoredCase> read(String where, List<Object> args) {
        Map<Long, Object[]> heads = new LinkedHashMap<>();
        Map<Long, Registration> registrations = new LinkedHashMap<>();
        jdbc.query("SELECT " + CASE_COLUMNS + " FROM reconsideration_case c " + where
                + " ORDER BY c.received_on DESC, c.id DESC", rs -> {
            long id = rs.getLong("id");
            registrations.put(id, new Registration(rs.getString("applicant"), rs.getLong("respondent_unit_id"),
                    rs.getString("act_challenged"), Channel.valueOf(rs.getString("channel")),
                    date(rs, "received_on"), date(rs, "knew_on"), rs.getBoolean("told_of_right"),
                    date(rs, "rights_known_on")));
            heads.put(id, new Object[] {rs.getLong("version"), rs.getString("created_by"),
                    rs.getTimestamp("created_at").toInstant()});
        }, args.toArray());
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CaseEvent>> events = new LinkedHashMap<>();
        jdbc.query("SELECT e.* FROM reconsideration_event e JOIN reconsideration_case c ON c.id = e.case_id "
                + where + " ORDER BY e.case_id, e.seq", rs -> {
            events.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>()).add(event(rs));
        }, args.toArray());
        List<StoredCase> cases = new ArrayList<>();
        heads.forEach((id, head) -> {
            CaseFile file = new CaseFile(registrations.get(id));
            List<CaseEvent> history = events.getOrDefault(id, List.of());
            history.forEach(e -> file.apply(e.command()));
            cases.add(new StoredCase(id, (Long) head[0], file, history, (String) head[1],
                    (java.time.Instant) head[2]));
        });
        return cases;
    }

    private void insertEvent(long id, int seq, Command c, CaseState from, CaseState to, String actor) {
        jdbc.update("INSERT INTO reconsideration_event (case_id, seq, action, on_date, other_date, days, code, note,"
                        + " reason, state_from, state_to, actor) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                id, seq, c.action().name(), c.date(), c.otherDate(), c.days(), blankToNull(c.code()),
                blankToNull(c.note()), blankToNull(c.reason()), from == null ? null : from.name(), to.name(), actor);
    }

    private static CaseEvent event(ResultSet rs) throws SQLException {
        Integer days = (Integer) rs.getObject("days");
        Command command = new Command(Action.valueOf(rs.getString("action")), date(rs, "on_date"),
                date(rs, "other_date"), days, rs.getString("code"), rs.getString("note"), rs.getString("reason"));
        String from = rs.getString("state_from");
        Timestamp at = rs.getTimestamp("at");
        return new CaseEvent(rs.getInt("seq"), command, from == null ? null : CaseState.valueOf(from),
                CaseState.valueOf(rs.getString("state_to")), rs.getString("actor"), at.toInstant());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
