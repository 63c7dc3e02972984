package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fazhi.litigation.internal.Appearance;
import org.fazhi.litigation.internal.Excuse;
import org.fazhi.litigation.internal.Instance;
import org.fazhi.litigation.internal.JudgmentResult;
import org.fazhi.litigation.internal.LitigationCase;
import org.fazhi.platform.DomainException;
import org.junit.jupiter.api.Test;

/** The rules of a lawsuit, without Spring. */
class LitigationCaseTest {

    private static final LocalDate RECEIVED = LocalDate.of(2025, 9, 20);

    private static LitigationCase lawsuit() {
        return LitigationCase.register(1L, "法院", "(2025)1号", "原告", "行为", Instance.FIRST, RECEIVED, "u");
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void onlyPrincipalDeputyAndDeputyInChargeCountAsTheHead() {
        assertThat(Appearance.PRINCIPAL.headPresent()).isTrue();
        assertThat(Appearance.DEPUTY.headPresent()).isTrue();
        assertThat(Appearance.DEPUTY_IN_CHARGE.headPresent()).isTrue();
        assertThat(Appearance.OTHER_STAFF.headPresent()).isFalse();
        assertThat(Appearance.NOBODY.headPresent()).isFalse();
    }

    @Test
    void hearingWithoutAHeadNeedsAnExcuseAndADecidedCaseTakesNoHearing() {
        LitigationCase c = lawsuit();
        refused(() -> c.checkHearing(RECEIVED.plusDays(30), Appearance.OTHER_STAFF, null), "error.litigation.hearing.excuse");
        refused(() -> c.checkHearing(RECEIVED.minusDays(1), Appearance.PRINCIPAL, null), "error.litigation.order.hearing");
        c.checkHearing(RECEIVED.plusDays(30), Appearance.OTHER_STAFF, Excuse.FORCE_MAJEURE);
        c.decide(RECEIVED.plusDays(60), JudgmentResult.CONFIRMED_UNLAWFUL);
        assertThat(c.lost()).isTrue();
        refused(() -> c.checkHearing(RECEIVED.plusDays(61), Appearance.PRINCIPAL, null), "error.litigation.status");
    }

    @Test
    void judgmentBeforeTheComplaintIsRefusedAndDismissalIsNotALoss() {
        LitigationCase c = lawsuit();
        refused(() -> c.decide(RECEIVED.minusDays(1), JudgmentResult.REVOKED), "error.litigation.order.judgment");
        c.decide(RECEIVED.plusDays(40), JudgmentResult.SUIT_DISMISSED);
        assertThat(c.lost()).isFalse();
    }
}
