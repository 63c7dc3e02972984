package org.fazhi.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fazhi.attachment.Attachments;
import org.fazhi.attachment.StoredFile;
import org.fazhi.identity.Role;
import org.fazhi.identity.TestAuth;
import org.fazhi.plan.ProgressMark;
import org.fazhi.plan.TrafficLight;
import org.fazhi.platform.DomainException;
import org.fazhi.progress.internal.AssignmentView;
import org.fazhi.progress.internal.PlanSettings;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.progress.internal.ReportRow;
import org.fazhi.progress.internal.Reporting;
import org.fazhi.progress.internal.SignFor;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole loop on real PostgreSQL: import → assignments → the county signs, reports with a PDF, its leader
 * approves, the office returns it, the unit revises, the office accepts — and the light and the ledger's
 * progress column change.
 */
@IntegrationTest
class ReportingLoopIT {

    @Autowired
    ProgressFixtures fixtures;
    @Autowired
    ProgressQueries queries;
    @Autowired
    SignFor signFor;
    @Autowired
    Reporting reporting;
    @Autowired
    PlanSettings settings;
    @Autowired
    Attachments attachments;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.fazhi.calendar.CalendarManagement calendar;

    @Test
    void importingAPlanCreatesOneAssignmentPerTaskAndUnitPendingSignFor() {
        long plan = fixtures.plan2026();
        List<AssignmentView> all = queries.ofPlan(fixtures.user("coordinator"), plan);
        assertThat(all).hasSize(2);
        AssignmentView county = fixtures.assignment(plan, ProgressFixtures.CHUANSHAN);
        assertThat(county.assignment().lead()).isTrue();
        assertThat(county.assignment().signState()).isEqualTo(SignState.PENDING);
        assertThat(county.periods()).extracting(p -> p.period().key())
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "TASK");
        assertThat(county.light()).as("Q1-Q3 of 2026 are past due with nothing reported").isEqualTo(TrafficLight.RED);
        assertThat(calendar.openDeadlinesFor("liaison")).as("the county liaison's ICS feed carries the report days")
                .anySatisfy(d -> assertThat(d.id()).isEqualTo("progress:" + county.assignment().id() + ":2026-Q4"));
        assertThat(calendar.openDeadlinesFor("liaison-fgw"))
                .noneSatisfy(d -> assertThat(d.id()).startsWith("progress:" + county.assignment().id() + ":"));
    }

    @Test
    void aCountyReportsWithAPdfItsLeaderApprovesTheOfficeReturnsItTheUnitRevisesAndTheOfficeAccepts() throws Exception {
        long plan = fixtures.plan2026();
        settings.change(fixtures.user("coordinator"), new PlanSettings.Setting(plan, Frequency.QUARTERLY, 5, true));
        AssignmentView county = fixtures.assignment(plan, ProgressFixtures.CHUANSHAN);
        long id = county.assignment().id();

        assertThat(queries.marks(plan)).as("the ledger's marks before anything is reported (and now cached)")
                .filteredOn(m -> m.unitId() == county.assignment().unitId())
                .singleElement().satisfies(m -> {
                    assertThat(m.light()).isEqualTo(TrafficLight.RED);
                    assertThat(m.progressText()).isNull();
                });
        signFor.sign(fixtures.user("liaison"), id);
        assertThat(queries.one(fixtures.user("liaison"), id).assignment().signState()).isEqualTo(SignState.SIGNED);

        mvc.perform(multipart("/progress/assignments/" + id + "/reports")
                        .file(new MockMultipartFile("files", "评查报告.pdf", "application/pdf", ProgressFixtures.pdf()))
                        .param("period", "2026-Q3").param("status", "IN_PROGRESS").param("doneText", "已评查案卷 120 件")
                        .param("nextSteps", "整改问题案卷").param("action", "submit").param("formKey", "k-" + id)
                        .with(csrf()).with(fixtures.as("liaison")))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "progress.report.submitted"));
        ReportRow v1 = queries.versions(id).get(0);
        assertThat(v1.state()).as("the plan asks for leader approval").isEqualTo(ReportState.AWAITING_LEADER);
        List<StoredFile> files = attachments.of(v1.evidenceOwner());
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("PDF");
            assertThat(f.sha256()).hasSize(64);
        });
        mvc.perform(get("/progress/files/" + files.get(0).id()).with(fixtures.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));

        reporting.leaderDecide(fixtures.user("leader"), v1.id(), v1.version(), true, "同意报送");
        v1 = queries.report(fixtures.user("coordinator"), v1.id());
        assertThat(v1.state()).isEqualTo(ReportState.SUBMITTED);

        reporting.review(fixtures.user("coordinator"), v1.id(), v1.version(), false, "请补充评查发现的问题清单");
        assertThat(queries.report(fixtures.user("liaison"), v1.id()).state()).isEqualTo(ReportState.RETURNED);

        ReportRow v2 = reporting.save(fixtures.user("liaison"), new Reporting.Draft(id, "2026-Q3", ReportStatus.DONE, null,
                "已评查案卷 120 件，问题清单见附件", "", null, true, "k2-" + id, null, List.of()));
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.percent()).isEqualTo(100);
        reporting.leaderDecide(fixtures.user("leader"), v2.id(), v2.version(), true, null);
        v2 = queries.report(fixtures.user("coordinator"), v2.id());
        reporting.review(fixtures.user("coordinator"), v2.id(), v2.version(), true, "通过");

        assertThat(queries.report(fixtures.user("coordinator"), v1.id()).state())
                .as("the returned version is kept as it was").isEqualTo(ReportState.RETURNED);
        assertThat(queries.versions(id)).hasSize(2);
        assertThat(queries.decisions(List.of(v1.id())).get(v1.id())).extracting(d -> d.kind())
                .containsExactly("SUBMITTED", "LEADER_APPROVED", "RETURNED");
        AssignmentView after = queries.one(fixtures.user("coordinator"), id);
        assertThat(after.light()).isEqualTo(TrafficLight.GREEN);
        ProgressMark mark = queries.marks(plan).stream().filter(m -> m.unitId() == after.assignment().unitId())
                .findFirst().orElseThrow();
        assertThat(mark.progressText()).isEqualTo("已评查案卷 120 件，问题清单见附件");
        assertThat(mark.statusKey()).isEqualTo("progress.status.DONE");
    }

    @Test
    void aReportSaidToBeLateTurnsTheLightRedAndNeedsAReason() {
        long plan = fixtures.plan2026();
        settings.change(fixtures.user("coordinator"), new PlanSettings.Setting(plan, Frequency.FINAL, 5, false));
        long id = fixtures.assignment(plan, ProgressFixtures.CHUANSHAN).assignment().id();
        signFor.sign(fixtures.user("liaison"), id);
        assertThatThrownBy(() -> reporting.save(fixtures.user("liaison"), new Reporting.Draft(id, "2026-Y",
                ReportStatus.LATE, " ", "进度滞后", "", null, true, null, null, List.of())))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey",
                        "error.progress.report.lateReasonRequired");
        reporting.save(fixtures.user("liaison"), new Reporting.Draft(id, "2026-Y", ReportStatus.LATE, "资金未到位",
                "进度滞后", "", null, true, null, null, List.of()));
        assertThat(queries.one(fixtures.user("liaison"), id).light()).isEqualTo(TrafficLight.RED);
    }

    @Test
    void aGarbledBatchFormGetsAMessageAndSavesNothing() throws Exception {
        long plan = fixtures.plan2026();
        long id = fixtures.assignment(plan, ProgressFixtures.CHUANSHAN).assignment().id();
        signFor.sign(fixtures.user("liaison"), id);
        long unit = fixtures.unit(ProgressFixtures.CHUANSHAN);
        mvc.perform(multipart("/progress/units/" + unit + "/report").param("include", Long.toString(id))
                        .param("period_" + id, "2026-Q1").param("status_" + id, "IN_PROGRESS")
                        .param("done_" + id, "推进").param("percent_" + id, "五十").param("action", "submit")
                        .with(csrf()).with(fixtures.as("liaison")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "error.progress.report.badForm"));
        assertThat(queries.versions(id)).isEmpty();
    }

    @Test
    void aBadFileRollsBackTheWholeReport() throws Exception {
        long plan = fixtures.plan2026();
        long id = fixtures.assignment(plan, ProgressFixtures.CHUANSHAN).assignment().id();
        signFor.sign(fixtures.user("liaison"), id);
        byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};
        mvc.perform(multipart("/progress/assignments/" + id + "/reports")
                        .file(new MockMultipartFile("files", "good.pdf", "application/pdf", ProgressFixtures.pdf()))
                        .file(new MockMultipartFile("files", "说明.pdf", "application/pdf", exe))
                        .param("period", "2026-Q1").param("status", "IN_PROGRESS").param("doneText", "x")
                        .param("action", "submit").with(csrf()).with(fixtures.as("liaison")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));
        assertThat(queries.versions(id)).as("nothing saved, not even the good file's report").isEmpty();
    }

    @Test
    void theOfficeAcceptsANotOurDutyRequestAndTheUnitsAssignmentRetiresWithItsReportKept() {
        long plan = fixtures.plan2026();
        long fgw = fixtures.assignment(plan, ProgressFixtures.FGW).assignment().id();
        signFor.sign(fixtures.user("liaison-fgw"), fgw);
        reporting.save(fixtures.user("liaison-fgw"), new Reporting.Draft(fgw, "2026-Q1", ReportStatus.IN_PROGRESS, null,
                "配合开展", "", null, true, null, null, List.of()));
        long adjustment = signFor.requestAdjustment(fixtures.user("liaison-fgw"), fgw, AdjustmentKind.NOT_OUR_DUTY,
                "非本单位职责");
        assertThatThrownBy(() -> signFor.requestAdjustment(fixtures.user("liaison-fgw"), fgw, AdjustmentKind.WORDING, "再次"))
                .hasFieldOrPropertyWithValue("messageKey", "error.progress.adjustment.alreadyOpen");
        TestAuth.runAs("coordinator", Role.COORDINATOR, () -> {
            signFor.decide(fixtures.user("coordinator"), adjustment, SignFor.Outcome.ACCEPT_REMOVE, "同意移出", null);
            return null;
        });
        assertThat(signFor.adjustment(adjustment).decision()).isEqualTo("ACCEPTED");
        assertThat(queries.one(fixtures.user("coordinator"), fgw).assignment().active()).isFalse();
        assertThat(queries.versions(fgw)).as("the report made before is kept").hasSize(1);
        assertThat(queries.ofPlan(fixtures.user("coordinator"), plan)).extracting(v -> v.assignment().unitId())
                .containsExactly(fixtures.unit(ProgressFixtures.CHUANSHAN));
        assertThatThrownBy(() -> signFor.sign(fixtures.user("liaison-fgw"), fgw))
                .hasFieldOrPropertyWithValue("messageKey", "error.progress.retired");
    }
}
