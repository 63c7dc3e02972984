package org.fazhi.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fazhi.platform.DomainException;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.progress.internal.ReportRow;
import org.fazhi.progress.internal.Reporting;
import org.fazhi.progress.internal.SignFor;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Double submissions yield one report (also two identical batches in opposite order: no deadlock); two reviewers
 * at once — one wins, the other is told.
 */
@IntegrationTest
class ReportConcurrencyIT {

    @Autowired
    ProgressFixtures fixtures;
    @Autowired
    ProgressQueries queries;
    @Autowired
    SignFor signFor;
    @Autowired
    Reporting reporting;

    private long signedAssignment() {
        long plan = fixtures.plan2026();
        long id = fixtures.assignment(plan, ProgressFixtures.CHUANSHAN).assignment().id();
        signFor.sign(fixtures.user("liaison"), id);
        return id;
    }

    private Reporting.Draft draft(long id, String key) {
        return new Reporting.Draft(id, "2026-Q2", ReportStatus.IN_PROGRESS, null, "推进中", "", 40, true, key, null,
                List.of());
    }

    @Test
    void theSameSubmissionSentTwiceInARowIsOneReport() {
        long id = signedAssignment();
        ReportRow first = reporting.save(fixtures.user("liaison"), draft(id, "retry-" + id));
        ReportRow again = reporting.save(fixtures.user("liaison"), draft(id, "retry-" + id));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(queries.versions(id)).hasSize(1);
    }

    @Test
    void theSameSubmissionSentTwiceAtOnceIsOneReport() throws Exception {
        long id = signedAssignment();
        List<Object> results = ReportRaces.race(() -> reporting.save(fixtures.user("liaison"), draft(id, "double-" + id)).id(),
                () -> reporting.save(fixtures.user("liaison"), draft(id, "double-" + id)).id());
        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(Long.class));
        assertThat(results.get(0)).isEqualTo(results.get(1));
        assertThat(queries.versions(id)).hasSize(1);
    }

    @Test
    void theSameBatchSentTwiceAtOnceIsOneReportPerAssignment() throws Exception {
        long a = signedAssignment();
        long b = signedAssignment();
        List<Reporting.Draft> batch = List.of(draft(b, "batch:" + b), draft(a, "batch:" + a));
        List<Object> results = ReportRaces.race(() -> reporting.saveAll(fixtures.user("liaison"), batch).size(),
                () -> reporting.saveAll(fixtures.user("liaison"), List.of(batch.get(1), batch.get(0))).size());
        assertThat(results).as("locks are taken in one order: no deadlock, both answered").containsExactly(2, 2);
        assertThat(queries.versions(a)).hasSize(1);
        assertThat(queries.versions(b)).hasSize(1);
    }

    @Test
    void twoReviewersActingOnOneReportAtOnceOneWinsTheOtherIsTold() throws Exception {
        long id = signedAssignment();
        ReportRow report = reporting.save(fixtures.user("liaison"), draft(id, null));
        List<Object> results = ReportRaces.race(() -> {
            reporting.review(fixtures.user("coordinator"), report.id(), report.version(), true, "通过");
            return "accepted";
        }, () -> {
            reporting.review(fixtures.user("coordinator"), report.id(), report.version(), false, "退回补充");
            return "returned";
        });
        assertThat(results).filteredOn(r -> r instanceof String).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof DomainException).singleElement()
                .extracting(r -> ((DomainException) r).messageKey())
                .isIn("error.progress.stale", "error.progress.review.wrongState");
        ReportRow after = queries.report(fixtures.user("coordinator"), report.id());
        assertThat(after.state().name()).isEqualTo(results.contains("accepted") ? "ACCEPTED" : "RETURNED");
    }
}
