package org.fazhi.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.fazhi.progress.internal.ReportRow;
import org.fazhi.progress.internal.Reporting;
import org.fazhi.progress.internal.SignFor;
import org.fazhi.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V31 keeps what was there: on a scratch schema migrated to V30, reports with idempotency keys become rows of
 * {@code progress_report_request} for the account that wrote them (no digest: what they were sent with is unknown),
 * every report stays; and a key kept that way still answers its report for that account.
 */
@IntegrationTest
class ReportRequestsMigrationIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgressFixtures fixtures;
    @Autowired
    SignFor signFor;
    @Autowired
    Reporting reporting;

    @Test
    void keysStoredBeforeV31StayWithTheirAccountAndAssignmentAndNoReportIsLost() {
        String schema = "v31_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            flyway(schema, "30").migrate();
            JdbcTemplate scratch = new JdbcTemplate(dataSource);
            String q = schema + ".";
            long account = scratch.queryForObject("insert into " + q + "identity_account (username, display_name, "
                    + "password_hash) values ('Liaison-Old', 'x', 'x') returning id", Long.class);
            long assignment = scratch.queryForObject("insert into " + q + "progress_assignment (plan_id, task_id, "
                    + "unit_id, created_on) values (1, 1, 1, current_date) returning id", Long.class);
            String report = "insert into " + q + "progress_report (assignment_id, period_key, version_no, state, "
                    + "status, idempotency_key, author) values (?, ?, 1, 'DRAFT', 'IN_PROGRESS', ?, ?) returning id";
            long kept = scratch.queryForObject(report, Long.class, assignment, "2026-Q1", "old-key", "liaison-old");
            scratch.queryForObject(report, Long.class, assignment, "2026-Q2", "orphan-key", "gone");
            scratch.queryForObject(report, Long.class, assignment, "2026-Q3", null, "liaison-old");

            flyway(schema, "31").migrate();

            assertThat(scratch.queryForObject("select count(*) from " + q + "progress_report", Integer.class))
                    .isEqualTo(3);
            List<Map<String, Object>> kept31 = scratch.queryForList("select account_id, assignment_id, "
                    + "idempotency_key, request_digest, report_id from " + q + "progress_report_request");
            assertThat(kept31).as("the orphan key (no such account) is dropped, the others kept").hasSize(1);
            assertThat(kept31.get(0)).containsEntry("account_id", account).containsEntry("assignment_id", assignment)
                    .containsEntry("idempotency_key", "old-key").containsEntry("report_id", kept)
                    .containsEntry("request_digest", null);
            assertThat(scratch.queryForObject("select count(*) from information_schema.columns where table_schema = ? "
                    + "and table_name = 'progress_report' and column_name = 'idempotency_key'", Integer.class, schema))
                    .isZero();
        } finally {
            jdbc.execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void aKeyKeptWithoutDigestAnswersItsReportToTheAccountThatWroteIt() {
        long plan = fixtures.plan2026();
        long id = fixtures.assignment(plan, ProgressFixtures.CHUANSHAN).assignment().id();
        signFor.sign(fixtures.user("liaison"), id);
        ReportRow first = reporting.save(fixtures.user("liaison"), draft(id, "迁移前的稿", "legacy-" + id));
        jdbc.update("update progress_report_request set request_digest = null where report_id = ?", first.id());
        ReportRow again = reporting.save(fixtures.user("liaison"), draft(id, "重发时不知原文", "legacy-" + id));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.doneText()).isEqualTo("迁移前的稿");
    }

    private Flyway flyway(String schema, String target) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration")
                .target(target).load();
    }

    private static Reporting.Draft draft(long id, String text, String key) {
        return new Reporting.Draft(id, "2026-Q2", ReportStatus.IN_PROGRESS, null, text, "", null, false, key, null,
                List.of());
    }
}
