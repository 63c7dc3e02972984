package org.fazhi.security;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts the rows that requests insert, update or delete, through a row trigger on every table of the schema: a
 * probe that changes nothing leaves the count as it was. Rolled-back writes leave no count (the log row rolls back
 * with them). Tables that record access rather than data — the audit trail, Modulith's event log, Flyway's
 * history, session and throttling stores — are left out, since a refusal is expected to write there.
 */
final class WriteLog {

    /** Tables whose writes are not data changes. */
    static final Pattern NOT_DATA = Pattern.compile(
            "identity_security_event|audit_.*|event_publication.*|flyway_schema_history|spring_session.*|matrix_write");

    private final JdbcTemplate jdbc;
    private List<String> tables = List.of();

    WriteLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void install() {
        jdbc.execute("create table if not exists matrix_write (id bigserial primary key, table_name text not null)");
        jdbc.execute("""
                create or replace function matrix_count() returns trigger language plpgsql as $$
                begin insert into matrix_write (table_name) values (tg_table_name); return null; end $$""");
        tables = jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema()", String.class)
                .stream().filter(t -> !NOT_DATA.matcher(t).matches()).toList();
        for (String t : tables) {
            jdbc.execute("drop trigger if exists matrix_count on " + t);
            jdbc.execute("create trigger matrix_count after insert or update or delete on " + t
                    + " for each row execute function matrix_count()");
        }
    }

    void remove() {
        for (String t : tables) {
            jdbc.execute("drop trigger if exists matrix_count on " + t);
        }
        jdbc.execute("drop function if exists matrix_count() cascade");
        jdbc.execute("drop table if exists matrix_write");
    }

    /** The position of the log: compare before and after a request. */
    long position() {
        Long max = jdbc.queryForObject("select max(id) from matrix_write", Long.class);
        return max == null ? 0 : max;
    }

    /** The tables written since {@code position}. */
    List<String> since(long position) {
        return jdbc.queryForList("select distinct table_name from matrix_write where id > ? order by 1", String.class,
                position);
    }
}
