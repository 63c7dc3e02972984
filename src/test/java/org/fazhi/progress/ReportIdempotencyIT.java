package org.fazhi.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.fazhi.platform.DomainException;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.progress.internal.ReportRow;
import org.fazhi.progress.internal.Reporting;
import org.fazhi.progress.internal.SignFor;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Idempotency keys (issue #15, finding 2) are scoped to (account, assignment): another unit's key, or the same key
 * for another assignment, is a new request; a replay with the same body answers the first report and stores no
 * second row; a replay with another body is refused (422 / a message on the form) and stores nothing; an answer is
 * never given for a report that was not stored. Each test fails on the code before V31 (one global unique index,
 * the earlier report handed back whatever its account, assignment or body).
 */
@IntegrationTest
class ReportIdempotencyIT {

    @Autowired
    ProgressFixtures fixtures;
    @Autowired
    ProgressQueries queries;
    @Autowired
    SignFor signFor;
    @Autowired
    Reporting reporting;
    @Autowired
    MockMvc mvc;

    private long signed(long plan, String unit, String liaison) {
        long id = fixtures.assignment(plan, unit).assignment().id();
        signFor.sign(fixtures.user(liaison), id);
        return id;
    }

    private ResultActions api(String liaison, long assignment, String key, String doneText) throws Exception {
        return mvc.perform(post("/api/progress/assignments/" + assignment + "/reports")
                .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", key)
                .content("{\"period\":\"2026-Q2\",\"status\":\"IN_PROGRESS\",\"doneText\":\"" + doneText
                        + "\",\"submit\":false}")
                .with(csrf()).with(fixtures.as(liaison)));
    }

    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void anotherUnitSendingTheSameKeyGetsANewReportOfItsOwnNotTheOtherUnits() throws Exception {
        long plan = fixtures.plan2026();
        long fgw = signed(plan, ProgressFixtures.FGW, "liaison-fgw");
        long county = signed(plan, ProgressFixtures.CHUANSHAN, "liaison");
        String key = "shared-" + UUID.randomUUID();
        String secret = "FGW-SECRET-" + UUID.randomUUID();
        long theirs = id(api("liaison-fgw", fgw, key, secret).andExpect(status().isOk()));

        ResultActions mine = api("liaison", county, key, "船山区推进中").andExpect(status().isOk())
                .andExpect(jsonPath("$.assignmentId").value(county))
                .andExpect(jsonPath("$.doneText").value("船山区推进中"));
        assertThat(mine.andReturn().getResponse().getContentAsString()).doesNotContain(secret);
        assertThat(id(mine)).isNotEqualTo(theirs);
        assertThat(queries.versions(county)).as("the honest collision is stored, not just acknowledged")
                .singleElement().satisfies(r -> assertThat(r.doneText()).isEqualTo("船山区推进中"));
        assertThat(queries.versions(fgw)).singleElement().satisfies(r -> assertThat(r.doneText()).isEqualTo(secret));
    }

    @Test
    void theSameKeyForAnotherAssignmentOfTheSameAccountIsANewRequest() throws Exception {
        long first = signed(fixtures.plan2026(), ProgressFixtures.CHUANSHAN, "liaison");
        long second = signed(fixtures.plan2026(), ProgressFixtures.CHUANSHAN, "liaison");
        String key = "k-" + UUID.randomUUID();
        long a = id(api("liaison", first, key, "第一项").andExpect(status().isOk()));
        long b = id(api("liaison", second, key, "第二项").andExpect(status().isOk())
                .andExpect(jsonPath("$.assignmentId").value(second)));
        assertThat(b).isNotEqualTo(a);
        assertThat(queries.versions(second)).singleElement()
                .satisfies(r -> assertThat(r.doneText()).isEqualTo("第二项"));
    }

    @Test
    void aReplayWithTheSameBodyAnswersTheFirstReportAndAnotherBodyIs422AndStoresNothing() throws Exception {
        long id = signed(fixtures.plan2026(), ProgressFixtures.CHUANSHAN, "liaison");
        String key = "k-" + UUID.randomUUID();
        long first = id(api("liaison", id, key, "推进中").andExpect(status().isOk()));
        assertThat(id(api("liaison", id, key, "推进中").andExpect(status().isOk()))).isEqualTo(first);

        api("liaison", id, key, "改过的内容").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.messageKey").value("error.progress.report.keyReused"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        assertThat(queries.versions(id)).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(first);
            assertThat(r.doneText()).isEqualTo("推进中");
        });
    }

    @Test
    void aRetriedSubmissionOfADraftAnswersTheSubmittedReportInsteadOfAnError() {
        long id = signed(fixtures.plan2026(), ProgressFixtures.CHUANSHAN, "liaison");
        ReportRow draft = reporting.save(fixtures.user("liaison"), draft(id, "草稿", false, "d-" + id, null));
        Reporting.Draft submit = draft(id, "草稿", true, "s-" + id, draft.version());
        ReportRow submitted = reporting.save(fixtures.user("liaison"), submit);
        ReportRow again = reporting.save(fixtures.user("liaison"), submit);
        assertThat(again.id()).isEqualTo(submitted.id()).isEqualTo(draft.id());
        assertThat(again.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(queries.versions(id)).hasSize(1);
        assertThat(queries.decisions(List.of(draft.id())).get(draft.id())).as("submitted once")
                .extracting(d -> d.kind()).containsExactly("SUBMITTED");
    }

    @Test
    void theFormSentAgainWithOtherTextSaysSoAndKeepsTheFirstReport() throws Exception {
        long id = signed(fixtures.plan2026(), ProgressFixtures.CHUANSHAN, "liaison");
        String key = UUID.randomUUID().toString();
        form(id, key, "第一次填写").andExpect(flash().attribute("flash", "progress.report.draftSaved"));
        form(id, key, "第一次填写").andExpect(flash().attribute("flash", "progress.report.draftSaved"));
        form(id, key, "返回后改写").andExpect(flash().attribute("flashError", "error.progress.report.keyReused"));
        assertThat(queries.versions(id)).singleElement()
                .satisfies(r -> assertThat(r.doneText()).isEqualTo("第一次填写"));
    }

    @Test
    void aBatchSentAgainIsOneReportEachAndABatchWithOneChangedItemSavesNothing() throws Exception {
        long first = signed(fixtures.plan2026(), ProgressFixtures.CHUANSHAN, "liaison");
        long second = signed(fixtures.plan2026(), ProgressFixtures.CHUANSHAN, "liaison");
        long unit = fixtures.unit(ProgressFixtures.CHUANSHAN);
        String key = UUID.randomUUID().toString();
        batch(unit, key, first, "甲", second, "乙").andExpect(flash().attribute("flash", "progress.report.draftsSaved"));
        batch(unit, key, first, "甲", second, "乙").andExpect(flash().attribute("flash", "progress.report.draftsSaved"));
        assertThat(queries.versions(first)).hasSize(1);
        assertThat(queries.versions(second)).hasSize(1);

        long third = signed(fixtures.plan2026(), ProgressFixtures.CHUANSHAN, "liaison");
        mvc.perform(multipart("/progress/units/" + unit + "/report").param("formKey", key).param("action", "draft")
                        .param("include", Long.toString(third), Long.toString(second))
                        .param("period_" + third, "2026-Q2").param("status_" + third, "IN_PROGRESS")
                        .param("done_" + third, "丙")
                        .param("period_" + second, "2026-Q2").param("status_" + second, "IN_PROGRESS")
                        .param("done_" + second, "乙改")
                        .with(csrf()).with(fixtures.as("liaison")))
                .andExpect(flash().attribute("flashError", "error.progress.report.keyReused"));
        assertThat(queries.versions(third)).as("all or nothing: the new item is not kept either").isEmpty();
        assertThat(queries.versions(second)).singleElement().satisfies(r -> assertThat(r.doneText()).isEqualTo("乙"));
    }

    @Test
    void theSameKeyWithTwoBodiesAtOnceStoresOneAndRefusesTheOther() throws Exception {
        long id = signed(fixtures.plan2026(), ProgressFixtures.CHUANSHAN, "liaison");
        String key = "race-" + id;
        List<Object> results = ReportRaces.race(
                () -> reporting.save(fixtures.user("liaison"), draft(id, "甲稿", true, key, null)).id(),
                () -> reporting.save(fixtures.user("liaison"), draft(id, "乙稿", true, key, null)).id());
        assertThat(results).filteredOn(r -> r instanceof Long).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof DomainException).singleElement()
                .extracting(r -> ((DomainException) r).messageKey()).isEqualTo("error.progress.report.keyReused");
        assertThat(queries.versions(id)).singleElement().satisfies(r -> assertThat(r.id()).isIn(results));
    }

    @Test
    void aKeyLongerThanTheColumnIsRefusedWithAClearMessage() {
        long id = signed(fixtures.plan2026(), ProgressFixtures.CHUANSHAN, "liaison");
        assertThatThrownBy(() -> reporting.save(fixtures.user("liaison"), draft(id, "x", false, "k".repeat(81), null)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("error.progress.report.keyTooLong");
        assertThat(queries.versions(id)).isEmpty();
    }

    private ResultActions form(long id, String key, String doneText) throws Exception {
        return mvc.perform(multipart("/progress/assignments/" + id + "/reports")
                .file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
                .param("period", "2026-Q2").param("status", "IN_PROGRESS").param("doneText", doneText)
                .param("action", "draft").param("formKey", key).with(csrf()).with(fixtures.as("liaison")));
    }

    private ResultActions batch(long unit, String key, long a, String textA, long b, String textB) throws Exception {
        return mvc.perform(multipart("/progress/units/" + unit + "/report").param("formKey", key)
                .param("action", "draft").param("include", Long.toString(a), Long.toString(b))
                .param("period_" + a, "2026-Q2").param("status_" + a, "IN_PROGRESS").param("done_" + a, textA)
                .param("period_" + b, "2026-Q2").param("status_" + b, "IN_PROGRESS").param("done_" + b, textB)
                .with(csrf()).with(fixtures.as("liaison")));
    }

    private static Reporting.Draft draft(long id, String text, boolean submit, String key, Long draftVersion) {
        return new Reporting.Draft(id, "2026-Q2", ReportStatus.IN_PROGRESS, null, text, "", 40, submit, key,
                draftVersion, List.of());
    }
}
