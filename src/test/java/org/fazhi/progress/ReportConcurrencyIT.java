package org.fazhi.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fazhi.platform.DomainException;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.progress.internal.ReportRow;
import org.fazhi.progress.internal.Reporting;
import org.fazhi.progress.internal.SignFor;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Double submissions yield one report; two reviewers at once — one wins, the other is told. */
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
        List<Object> results = race(() -> reporting.save(fixtures.user("liaison"), draft(id, "double-" + id)).id(),
                () -> reporting.save(fixtures.user("liaison"), draft(id, "double-" + id)).id());
        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(Long.class));
        assertThat(results.get(0)).isEqualTo(results.get(1));
        assertThat(queries.versions(id)).hasSize(1);
    }

    @Test
    void twoReviewersActingOnOneReportAtOnceOneWinsTheOtherIsTold() throws Exception {
        long id = signedAssignment();
        ReportRow report = reporting.save(fixtures.user("liaison"), draft(id, null));
        List<Object> results = race(() -> {
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

    /** Runs both at the same moment; each result is the value returned or the exception thrown. */
    private static List<Object> race(Callable<Object> a, Callable<Object> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<Object> fa = pool.submit(() -> run(start, a));
            Future<Object> fb = pool.submit(() -> run(start, b));
            start.countDown();
            return List.of(fa.get(), fb.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object run(CountDownLatch start, Callable<Object> action) throws InterruptedException {
        start.await();
        try {
            return action.call();
        } catch (Exception e) {
            return e;
        }
    }
}
