package org.fazhi.platform;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The append-only history of a register's records (who, when, what), in a table with the columns {@code id},
 * the record's key column, {@code at} (set by the database), {@code actor}, {@code action} and {@code detail}.
 * Shared by the case registers; each extends it with its table.
 */
public class RegisterLog {

    /** One recorded change; {@code action} names a message key suffix ({@code <register>.action.*}). */
    public record Entry(LocalDateTime at, String actor, String action, String detail) {
    }

    private final JdbcTemplate jdbc;
    private final String insert;
    private final String select;

    /** {@code table} and {@code keyColumn} are the register's own constants, never user input. */
    protected RegisterLog(JdbcTemplate jdbc, String table, String keyColumn) {
        this.jdbc = jdbc;
        this.insert = "INSERT INTO " + table + " (" + keyColumn + ", actor, action, detail) VALUES (?, ?, ?, ?)";
        this.select = "SELECT at, actor, action, detail FROM " + table + " WHERE " + keyColumn + " = ? ORDER BY id";
    }

    /** Records a change of record {@code id}, inside the caller's transaction. */
    public void record(long id, String actor, String action, String detail) {
        jdbc.update(insert, id, actor, action, detail == null ? "" : detail);
    }

    /** The changes of record {@code id}, oldest first. */
    public List<Entry> of(long id) {
        return jdbc.query(select, (rs, n) -> new Entry(rs.getTimestamp("at").toLocalDateTime(), rs.getString("actor"),
                rs.getString("action"), rs.getString("detail")), id);
    }
}
