package org.fazhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.fazhi.calendar.CalendarException;
import org.fazhi.calendar.DeadlineRequest;
import org.fazhi.calendar.Period;
import org.fazhi.calendar.StatuteRule;
import org.fazhi.calendar.StatuteRules;
import org.junit.jupiter.api.Test;

class StatuteRulesTest {

    private final StatuteRules rules = StatuteRuleReader.bundled();

    @Test
    void reconsiderationDecisionIsSixtyCalendarDaysUnderArticleSixtyTwoWithOneThirtyDayExtension() {
        StatuteRule rule = rules.get("reconsideration.decision");
        assertThat(rule.period()).isEqualTo(Period.calendarDays(60));
        assertThat(rule.article()).isEqualTo(62);
        assertThat(rule.extensionCap()).isEqualTo(Period.calendarDays(30));
        assertThat(rule.law().name().zh()).contains("行政复议法");
    }

    @Test
    void shortReconsiderationPeriodsAreWorkingDaysUnderArticleEightyEight() {
        assertThat(rules.get("reconsideration.acceptanceReview").period()).isEqualTo(Period.workingDays(5));
        assertThat(rules.get("reconsideration.correctionByApplicant").period()).isEqualTo(Period.workingDays(10));
        assertThat(rules.get("reconsideration.answer").period()).isEqualTo(Period.workingDays(10));
        assertThat(rules.get("reconsideration.answer").countingArticle()).isEqualTo(88);
    }

    @Test
    void disclosureReplyIsTwentyWorkingDaysExtendableByTwentyWorkingDays() {
        StatuteRule rule = rules.get("disclosure.reply");
        assertThat(rule.article()).isEqualTo(33);
        assertThat(rule.period()).isEqualTo(Period.workingDays(20));
        assertThat(rule.extensionCap()).isEqualTo(Period.workingDays(20));
        assertThat(rules.get("disclosure.correctionNotice").period()).isEqualTo(Period.workingDays(7));
        assertThat(rules.get("litigation.defence").period()).isEqualTo(Period.calendarDays(15));
    }

    @Test
    void everyRuleHasAChineseAndEnglishName() {
        assertThat(rules.all()).hasSizeGreaterThan(15).allSatisfy(rule -> {
            assertThat(rule.name().zh()).isNotBlank();
            assertThat(rule.name().en()).isNotBlank();
            assertThat(rule.law().name().en()).isNotBlank();
        });
    }

    @Test
    void extensionBeyondTheCapIsRefused() {
        DeadlineRequest request = DeadlineRequest.of(LocalDate.of(2024, 1, 2), rules.get("reconsideration.decision"));
        assertThatThrownBy(() -> request.extendOnce(Period.calendarDays(31)))
                .isInstanceOf(CalendarException.class).hasMessageContaining("error.calendar.extension.exceedsCap");
        assertThatThrownBy(() -> request.extendOnce(Period.workingDays(10)))
                .hasMessageContaining("error.calendar.extension.unitMismatch");
    }

    @Test
    void secondExtensionIsRefused() {
        DeadlineRequest once = DeadlineRequest.of(LocalDate.of(2024, 1, 2), rules.get("reconsideration.decision"))
                .extendOnce(Period.calendarDays(10));
        assertThatThrownBy(() -> once.extendOnce(Period.calendarDays(10)))
                .hasMessageContaining("error.calendar.extension.alreadyExtended");
    }

    @Test
    void ruleWithoutExtensionRefusesOne() {
        DeadlineRequest request = DeadlineRequest.of(LocalDate.of(2024, 1, 2), rules.get("litigation.defence"));
        assertThatThrownBy(() -> request.extendOnce(Period.calendarDays(1)))
                .hasMessageContaining("error.calendar.extension.notAllowed");
    }

    @Test
    void configurableRuleTakesTheAdministratorsFigureAndStatutoryRulesRefuseOne() {
        StatuteRules changed = rules.withLength("normativedoc.filing", 15);
        assertThat(changed.get("normativedoc.filing").period()).isEqualTo(Period.calendarDays(15));
        assertThat(rules.get("normativedoc.filing").period()).isEqualTo(Period.calendarDays(30));
        assertThatThrownBy(() -> rules.withLength("reconsideration.decision", 90))
                .hasMessageContaining("error.calendar.rule.notConfigurable");
    }

    @Test
    void unknownRuleIdIsRefusedWithAMessageKey() {
        assertThatThrownBy(() -> rules.get("nope")).hasMessageContaining("error.calendar.rule.unknown");
    }
}
