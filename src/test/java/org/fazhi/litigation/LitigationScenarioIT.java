package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.litigation.LitigationProperties.AppearanceRate;
import org.fazhi.litigation.internal.Appearance;
import org.fazhi.litigation.internal.Excuse;
import org.fazhi.litigation.internal.Instance;
import org.fazhi.litigation.internal.JudgmentResult;
import org.fazhi.litigation.internal.LitigationCase;
import org.fazhi.litigation.internal.LitigationDeadlines;
import org.fazhi.litigation.internal.LitigationIndicators;
import org.fazhi.litigation.internal.LitigationRecords;
import org.fazhi.litigation.internal.LitigationReports;
import org.fazhi.litigation.internal.LitigationService;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitRegistration;
import org.fazhi.platform.DomainException;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/** Lawsuits walked through: the defence deadline across National Day 2025, hearings, judgments, indicators, scope. */
@IntegrationTest
class LitigationScenarioIT {

    static final CurrentUser COORDINATOR = new CurrentUser(0L, "coordinator", "coordinator", null, Set.of(Role.COORDINATOR));

    @Autowired
    LitigationService service;
    @Autowired
    LitigationDeadlines deadlines;
    @Autowired
    LitigationReports reports;
    @Autowired
    LitigationRecords records;
    @Autowired
    UnitRegistration registration;
    @Autowired
    UnitDirectory directory;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    MockMvc mvc;

    private long freshUnit() {
        return registration.register(UnitKind.OTHER, "测试应诉局" + UUID.randomUUID().toString().substring(0, 8)).id();
    }

    private LitigationCase register(long unit, Instance instance, String received) {
        return service.register(new LitigationService.Registration(unit, "船山区人民法院",
                "(2025)川0903行初" + UUID.randomUUID().toString().substring(0, 6) + "号", "李四", "行政处罚决定",
                instance, LocalDate.parse(received)), COORDINATOR);
    }

    private LitigationCase reload(long id) {
        return service.get(id, COORDINATOR);
    }

    private void hearing(long id, String on, Appearance who, Excuse excuse) {
        service.recordHearing(id, reload(id).getVersion(), LocalDate.parse(on), who, "某某", excuse, null, COORDINATOR);
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void defenceDeadlineRollsPastNationalDayAndIndicatorsFollowTheCases() {
        long unit = freshUnit();
        LitigationCase a = register(unit, Instance.FIRST, "2025-09-20");
        // 15 calendar days after Sat 09-20 end Sun 10-05, inside the holiday (10-01…10-08); the period ends on the
        // first working day after it (民事诉讼法 Art. 85 as applied): Thu 2025-10-09
        assertThat(deadlines.defenceDue(a)).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(deadlines.light(a, LocalDate.of(2025, 10, 7))).isEqualTo(LitigationDeadlines.Light.YELLOW);
        assertThat(deadlines.light(a, LocalDate.of(2025, 10, 10))).isEqualTo(LitigationDeadlines.Light.RED);
        service.submitDefence(a.getId(), a.getVersion(), LocalDate.of(2025, 10, 9), COORDINATOR);
        assertThat(deadlines.defenceOnTime(reload(a.getId()))).contains(true);
        LitigationCase withDefence = reload(a.getId());
        assertThat(refusal(() -> service.recordHearing(withDefence.getId(), withDefence.getVersion(),
                LocalDate.of(2025, 10, 20), Appearance.OTHER_STAFF, "科员", null, null, COORDINATOR)))
                .isEqualTo("error.litigation.hearing.excuse");
        hearing(a.getId(), "2025-10-20", Appearance.OTHER_STAFF, Excuse.IRREPLACEABLE_DUTY);
        hearing(a.getId(), "2025-11-05", Appearance.DEPUTY, null);
        service.decide(a.getId(), reload(a.getId()).getVersion(), LocalDate.of(2025, 11, 20), JudgmentResult.REVOKED,
                COORDINATOR);
        LitigationCase decided = reload(a.getId());
        assertThat(decided.lost()).isTrue();
        assertThat(refusal(() -> service.recordHearing(decided.getId(), decided.getVersion(), LocalDate.of(2025, 11, 25),
                Appearance.PRINCIPAL, "局长", null, null, COORDINATOR))).isEqualTo("error.litigation.status");
        service.recordPerformance(a.getId(), decided.getVersion(), true, COORDINATOR);

        LitigationCase b = register(unit, Instance.SECOND, "2025-09-10");
        // 15 days after Wed 09-10 → Thu 2025-09-25, a working day; a defence on 09-26 is late
        assertThat(deadlines.defenceDue(b)).isEqualTo(LocalDate.of(2025, 9, 25));
        service.submitDefence(b.getId(), b.getVersion(), LocalDate.of(2025, 9, 26), COORDINATOR);
        assertThat(deadlines.defenceOnTime(reload(b.getId()))).contains(false);
        hearing(b.getId(), "2025-10-15", Appearance.NOBODY, Excuse.NONE_GIVEN);
        service.receiveSuggestion(b.getId(), reload(b.getId()).getVersion(), LocalDate.of(2025, 11, 1), "负责人未出庭", COORDINATOR);
        long suggestion = records.suggestions(java.util.List.of(b.getId())).get(0).id();
        service.replySuggestion(b.getId(), reload(b.getId()).getVersion(), suggestion, LocalDate.of(2025, 11, 10),
                "已整改", COORDINATOR);
        service.decide(b.getId(), reload(b.getId()).getVersion(), LocalDate.of(2025, 11, 25),
                JudgmentResult.CLAIMS_REJECTED, COORDINATOR);

        LitigationCase c = register(unit, Instance.FIRST, "2025-10-01");
        service.receiveSuggestion(c.getId(), c.getVersion(), LocalDate.of(2025, 11, 15), "规范执法", COORDINATOR);
        hearing(c.getId(), "2025-11-20", Appearance.PRINCIPAL, null);

        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        LitigationIndicators perHearing = reports.indicators(from, to, unit, COORDINATOR, AppearanceRate.PER_HEARING);
        // hearings: A 10-20 staff, A 11-05 deputy, B 10-15 nobody, C 11-20 principal → 2 of 4
        assertThat(perHearing.appearanceBase()).isEqualTo(4);
        assertThat(perHearing.appearanceRate()).isEqualTo(50.0);
        assertThat(perHearing.noExcuseHearings()).isEqualTo(1);
        // per instance: A (a head once) yes, B no, C yes → 2 of 3
        LitigationIndicators perInstance = reports.indicators(from, to, unit, COORDINATOR, AppearanceRate.PER_INSTANCE);
        assertThat(perInstance.appearanceBase()).isEqualTo(3);
        assertThat(perInstance.appearanceRate()).isEqualTo(66.7);
        // decided: A lost, B won → 50 %; suggestions: B answered, C not → 50 %
        assertThat(perHearing.decided()).isEqualTo(2);
        assertThat(perHearing.lossRate()).isEqualTo(50.0);
        assertThat(perHearing.suggestions()).isEqualTo(2);
        assertThat(perHearing.suggestionReplyRate()).isEqualTo(50.0);
        // the default definition is per hearing
        assertThat(reports.indicators(from, to, unit, COORDINATOR).definition()).isEqualTo(AppearanceRate.PER_HEARING);
        assertThat(records.of(a.getId())).extracting(LitigationRecords.Entry::action)
                .containsExactly("registered", "defence", "hearing", "hearing", "judgment", "performance");
    }

    @Test
    void refusalsNameTheRuleAndNothingIsSaved() {
        long unit = freshUnit();
        assertThat(refusal(() -> service.register(new LitigationService.Registration(unit, "法院", "(2025)1号", "王五",
                "行为", Instance.FIRST, null), COORDINATOR))).isEqualTo("error.litigation.register.received");
        assertThat(service.visibleTo(COORDINATOR)).noneMatch(c -> c.getUnitId() == unit);
        LitigationCase a = register(unit, Instance.FIRST, "2025-09-20");
        assertThat(refusal(() -> service.submitDefence(a.getId(), a.getVersion(), LocalDate.of(2025, 9, 19), COORDINATOR)))
                .isEqualTo("error.litigation.order.defence");
        assertThat(refusal(() -> service.submitDefence(a.getId(), a.getVersion() + 1, LocalDate.of(2025, 9, 22),
                COORDINATOR))).isEqualTo("error.litigation.stale");
    }

    @Test
    void pagesFollowTheUnitScope() throws Exception {
        long chuanshan = ((NameResolution.Resolved) directory.resolve("船山区人民政府")).unitId();
        LitigationCase a = register(chuanshan, Instance.FIRST, "2025-09-20");
        mvc.perform(get("/litigation/" + a.getId()).with(as("liaison"))).andExpect(status().isOk());
        mvc.perform(get("/litigation/" + a.getId()).with(as("leader"))).andExpect(status().isOk());
        mvc.perform(get("/litigation/" + a.getId()).with(as("liaison-fgw"))).andExpect(status().isNotFound());
        mvc.perform(post("/litigation/" + a.getId() + "/defence").with(as("liaison-fgw")).with(csrf())
                .param("version", "0").param("on", "2025-09-25")).andExpect(status().isNotFound());
        mvc.perform(post("/litigation/" + a.getId() + "/defence").with(as("leader")).with(csrf())
                .param("version", "0").param("on", "2025-09-25")).andExpect(status().isForbidden());
        mvc.perform(post("/litigation/" + a.getId() + "/hearings").with(as("liaison")).with(csrf())
                .param("version", "0").param("heldOn", "2025-10-20").param("appearance", "DEPUTY_IN_CHARGE"))
                .andExpect(status().is3xxRedirection());
        assertThat(records.hearings(java.util.List.of(a.getId()))).hasSize(1);
        String page = mvc.perform(get("/litigation/indicators").param("from", "2025-01-01").param("to", "2025-12-31")
                .with(as("coordinator"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("出庭应诉率", "败诉率", "司法建议反馈率");
        mvc.perform(get("/litigation").with(as("cityleader"))).andExpect(status().isOk());
        mvc.perform(get("/litigation/new").with(as("liaison"))).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }
}
