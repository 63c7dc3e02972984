package org.fazhi.reconsideration;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.calendar.DeadlineSource;
import org.fazhi.calendar.TrackedDeadline;
import org.fazhi.reconsideration.internal.Action;
import org.fazhi.reconsideration.internal.Command;
import org.fazhi.reconsideration.internal.Indicators;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 复议纠错率 and 按期办结率 on a known set of cases against a unit created for this test; open deadlines. */
@IntegrationTest
class ReconsiderationIndicatorIT {

    @Autowired
    ReconsiderationFixtures fx;
    @Autowired
    Indicators indicators;
    @Autowired
    List<DeadlineSource> sources;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    /** Simplified case received Mon 2025-09-01, accepted Tue 09-02: decision due 30 days later, Thu 10-02 (国庆节) → Thu 10-09. */
    private long decided(long unit, String type, LocalDate on) {
        long id = fx.register(unit, of(2025, 9, 1), of(2025, 8, 20), true);
        fx.act(id, Command.on(Action.ACCEPT, of(2025, 9, 2)).withCode("SIMPLIFIED"));
        fx.act(id, Command.on(Action.DECIDE, on).withCode(type));
        return id;
    }

    @Test
    void correctionAndOnTimeRatesCountOnlyDecidedCasesOfTheUnitAndPeriod() throws Exception {
        long unit = fx.freshUnit();
        decided(unit, "REVOKE", of(2025, 10, 9));              // corrected, on time (last day, after rollover)
        decided(unit, "UPHOLD", of(2025, 9, 30));              // on time
        decided(unit, "CONFIRM_ILLEGAL", of(2025, 10, 10));    // corrected, one day late
        decided(unit, "TERMINATION", of(2025, 9, 20));         // on time
        decided(unit, "CHANGE", of(2026, 1, 5));               // outside the period
        long rejected = fx.register(unit, of(2025, 9, 1), of(2025, 8, 20), true);
        fx.act(rejected, Command.on(Action.REJECT, of(2025, 9, 3)).withReason("不属于复议范围"));

        Indicators.Result r = indicators.compute(of(2025, 1, 1), of(2025, 12, 31), unit);
        assertThat(r.correction().denominator()).isEqualTo(4);
        assertThat(r.correction().numerator()).isEqualTo(2);
        assertThat(r.correction().rate()).isEqualByComparingTo(new BigDecimal("50.0"));
        assertThat(r.onTime().numerator()).isEqualTo(3);
        assertThat(r.onTime().rate()).isEqualByComparingTo(new BigDecimal("75.0"));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/reconsideration/indicators")
                        .param("from", "2025-01-01").param("to", "2025-12-31").param("unit", Long.toString(unit))
                        .with(fx.as("cityleader")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("50.0%"),
                                org.hamcrest.Matchers.containsString("75.0%"),
                                org.hamcrest.Matchers.containsString("第六十二条"))));
        // a unit user asking for another unit gets its own unit's figures (none decided here)
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/reconsideration/indicators")
                        .param("from", "2025-01-01").param("to", "2025-12-31").param("unit", Long.toString(unit))
                        .with(fx.as("liaison-fgw")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.unitId")
                        .value(fx.unit(ReconsiderationFixtures.FGW)));

        Indicators.Result empty = indicators.compute(of(2024, 1, 1), of(2024, 12, 31), unit);
        assertThat(empty.correction().denominator()).isZero();
        assertThat(empty.correction().rate()).isNull();
    }

    @Test
    void openDeadlinesReachTheCalendarForTheRespondentAndTheOffice() {
        long unit = fx.unit(ReconsiderationFixtures.CHUANSHAN);
        long id = fx.register(unit, of(2025, 9, 22), of(2025, 9, 1), true);
        fx.act(id, Command.on(Action.ACCEPT, of(2025, 9, 26)).withCode("ORDINARY"));
        String prefix = "reconsideration:" + id + ":";
        List<String> coordinator = ids(sources.stream().flatMap(s -> s.openDeadlinesFor("coordinator").stream()).toList());
        assertThat(coordinator).contains(prefix + "COPY_TO_RESPONDENT", prefix + "DECISION");
        assertThat(ids(sources.stream().flatMap(s -> s.openDeadlinesFor("liaison").stream()).toList()))
                .contains(prefix + "DECISION");
        assertThat(ids(sources.stream().flatMap(s -> s.openDeadlinesFor("liaison-fgw").stream()).toList()))
                .noneMatch(s -> s.startsWith(prefix));
        assertThat(ids(sources.stream().flatMap(s -> s.openDeadlines().stream()).toList()))
                .doesNotContain(prefix + "ACCEPTANCE_REVIEW");
    }

    @Test
    void casesFollowAMergedRespondentUnit() throws Exception {
        long merged = fx.freshUnit();
        long into = fx.freshUnit();
        long id = fx.register(merged, of(2025, 9, 22), of(2025, 9, 1), true);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/units/" + merged + "/merge")
                        .param("into", Long.toString(into))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("sysadmin-test").roles("SYSTEM_ADMIN")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
        var c = fx.read(id);
        assertThat(c.respondentUnitId()).isEqualTo(into);
        assertThat(c.events().get(c.events().size() - 1).command().action()).isEqualTo(Action.RESPONDENT_MERGED);
        assertThat(c.events().get(c.events().size() - 1).actor()).isEqualTo("system");
    }

    private static List<String> ids(List<TrackedDeadline> deadlines) {
        return deadlines.stream().map(TrackedDeadline::id).toList();
    }
}
