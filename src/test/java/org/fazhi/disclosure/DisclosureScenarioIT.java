package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fazhi.disclosure.internal.Channel;
import org.fazhi.disclosure.internal.DisclosureDeadlines;
import org.fazhi.disclosure.internal.DisclosureHistory;
import org.fazhi.disclosure.internal.DisclosureRequest;
import org.fazhi.disclosure.internal.DisclosureService;
import org.fazhi.disclosure.internal.Outcome;
import org.fazhi.disclosure.internal.RequesterType;
import org.fazhi.disclosure.internal.Status;
import org.fazhi.platform.DomainException;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Requests walked through the 政府信息公开条例 across the 2025 National Day holiday (10-01…10-08 off; Sun 09-28
 * and Sat 10-11 are make-up working days), deadlines counted by hand.
 */
@IntegrationTest
class DisclosureScenarioIT {

    @Autowired
    DisclosureService service;
    @Autowired
    DisclosureDeadlines deadlines;
    @Autowired
    DisclosureHistory history;
    @Autowired
    DisclosureFixtures fixtures;

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 20);

    private static String key(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void replyWithThirdPartyConsultationAndExtensionAcrossNationalDay() {
        long unit = fixtures.freshUnit();
        DisclosureRequest r = fixtures.inPerson(unit, RequesterType.PERSON, LocalDate.of(2025, 9, 19));
        // 20 wd after Fri 09-19: 09-22..26 (5), Sun 09-28 make-up (6), 29 (7), 30 (8), 10-01..08 off,
        // 10-09 (9), 10 (10), Sat 10-11 make-up (11), 13..17 (16), 20..23 (20) → Thu 2025-10-23
        assertThat(deadlines.of(r, TODAY).reply().deadline()).isEqualTo(LocalDate.of(2025, 10, 23));
        // 补正 notice: 7 wd after 09-19: 22..26 (5), 28 (6), 29 (7) → 2025-09-29
        assertThat(deadlines.of(r, TODAY).correctionNotice().deadline()).isEqualTo(LocalDate.of(2025, 9, 29));

        service.startConsultation(r.getId(), r.getVersion(), LocalDate.of(2025, 9, 24), DisclosureFixtures.COORDINATOR);
        r = fixtures.reload(r.getId());
        assertThat(deadlines.of(r, TODAY).reply()).isNull();
        assertThat(deadlines.light(r, TODAY)).isEqualTo(DisclosureDeadlines.Light.NONE);
        service.endConsultation(r.getId(), r.getVersion(), LocalDate.of(2025, 9, 30), DisclosureFixtures.COORDINATOR);
        r = fixtures.reload(r.getId());
        // counted before the pause: 09-22, 23 (2); 09-24..09-30 not counted (Art. 32); 18 more after 09-30:
        // 10-09 (3), 10 (4), 11 (5), 13..17 (10), 20..24 (15), 27, 28, 29 (18), 30 (19), 31 (20) → Fri 2025-10-31
        assertThat(deadlines.of(r, TODAY).reply().deadline()).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(deadlines.light(r, TODAY)).isEqualTo(DisclosureDeadlines.Light.GREEN);
        // 3 working days or fewer before the deadline → yellow: 10-28 has 29, 30, 31 left
        assertThat(deadlines.light(r, LocalDate.of(2025, 10, 28))).isEqualTo(DisclosureDeadlines.Light.YELLOW);
        assertThat(deadlines.light(r, LocalDate.of(2025, 11, 1))).isEqualTo(DisclosureDeadlines.Light.RED);

        service.extend(r.getId(), r.getVersion(), 20, "李主任", LocalDate.of(2025, 10, 30), DisclosureFixtures.COORDINATOR);
        r = fixtures.reload(r.getId());
        // + 20 wd after 10-31: 11-03..07 (5), 10..14 (10), 17..21 (15), 24..28 (20) → Fri 2025-11-28
        assertThat(deadlines.of(r, TODAY).reply().deadline()).isEqualTo(LocalDate.of(2025, 11, 28));
        long id = r.getId();
        long version = r.getVersion();
        assertThat(key(() -> service.extend(id, version, 5, "李主任", LocalDate.of(2025, 11, 3),
                DisclosureFixtures.COORDINATOR))).isEqualTo("error.disclosure.extension.once");

        service.reply(id, version, LocalDate.of(2025, 11, 27), Outcome.DISCLOSED, null, DisclosureFixtures.COORDINATOR);
        r = fixtures.reload(id);
        assertThat(r.getStatus()).isEqualTo(Status.CLOSED);
        assertThat(deadlines.onTime(r)).isTrue();
        assertThat(history.of(id)).extracting(DisclosureHistory.Entry::action).containsExactly(
                "registered", "consultationStarted", "consultationEnded", "extended", "replied");
        assertThat(history.of(id)).allSatisfy(e -> assertThat(e.actor()).isEqualTo("coordinator"));
    }

    @Test
    void correctionRestartsTheClockAndRefusalsNameTheRule() {
        long unit = fixtures.freshUnit();
        DisclosureRequest r = service.register(new DisclosureService.Registration(unit, RequesterType.COMMERCIAL,
                "某公司", Channel.REGISTERED_POST, LocalDate.of(2025, 9, 22), LocalDate.of(2025, 9, 25), null, "x"),
                DisclosureFixtures.COORDINATOR);
        assertThat(r.getReceivedOn()).isEqualTo(LocalDate.of(2025, 9, 25));
        // 补正 notice, 7 wd after Thu 09-25: 26 (1), Sun 28 (2), 29 (3), 30 (4), 10-09 (5), 10 (6), Sat 10-11 (7)
        assertThat(deadlines.of(r, TODAY).correctionNotice().deadline()).isEqualTo(LocalDate.of(2025, 10, 11));
        service.noticeCorrection(r.getId(), r.getVersion(), LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 20),
                DisclosureFixtures.COORDINATOR);
        r = fixtures.reload(r.getId());
        assertThat(deadlines.of(r, TODAY).reply()).isNull();
        service.receiveCorrection(r.getId(), r.getVersion(), LocalDate.of(2025, 10, 13), DisclosureFixtures.COORDINATOR);
        r = fixtures.reload(r.getId());
        // restart: 20 wd after Mon 10-13: 14..17 (4), 20..24 (9), 27..31 (14), 11-03..07 (19), 11-10 (20)
        assertThat(deadlines.of(r, TODAY).reply().deadline()).isEqualTo(LocalDate.of(2025, 11, 10));
        long id = r.getId();
        long v = r.getVersion();
        assertThat(key(() -> service.noticeCorrection(id, v, LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 30),
                DisclosureFixtures.COORDINATOR))).isEqualTo("error.disclosure.correction.once");
        assertThat(key(() -> service.extend(id, v, 21, "王处长", LocalDate.of(2025, 11, 3),
                DisclosureFixtures.COORDINATOR))).isEqualTo("error.disclosure.extension.tooLong");
        assertThat(key(() -> service.reply(id, v, LocalDate.of(2025, 10, 12), Outcome.DISCLOSED, null,
                DisclosureFixtures.COORDINATOR))).isEqualTo("error.disclosure.order.reply");
        assertThat(key(() -> service.reply(id, v - 1, LocalDate.of(2025, 10, 20), Outcome.DISCLOSED, null,
                DisclosureFixtures.COORDINATOR))).isEqualTo("error.disclosure.stale");
        service.extend(id, v, 10, "王处长", LocalDate.of(2025, 11, 3), DisclosureFixtures.COORDINATOR);
        r = fixtures.reload(id);
        // + 10 wd after 11-10: 11..14 (4), 17..21 (9), 24 (10) → Mon 2025-11-24
        assertThat(deadlines.of(r, TODAY).reply().deadline()).isEqualTo(LocalDate.of(2025, 11, 24));
        service.reply(id, r.getVersion(), LocalDate.of(2025, 11, 25), Outcome.PARTIAL, null, DisclosureFixtures.COORDINATOR);
        assertThat(deadlines.onTime(fixtures.reload(id))).isFalse();
    }

    @Test
    void unansweredCorrectionIsDeemedWithdrawnOnlyAfterItsPeriod() {
        DisclosureRequest r = fixtures.inPerson(fixtures.freshUnit(), RequesterType.PERSON, LocalDate.of(2025, 9, 19));
        service.noticeCorrection(r.getId(), r.getVersion(), LocalDate.of(2025, 9, 22), LocalDate.of(2025, 10, 15),
                DisclosureFixtures.COORDINATOR);
        DisclosureRequest waiting = fixtures.reload(r.getId());
        assertThat(key(() -> service.deemWithdrawn(waiting.getId(), waiting.getVersion(), LocalDate.of(2025, 10, 15),
                DisclosureFixtures.COORDINATOR))).isEqualTo("error.disclosure.withdrawn.early");
        service.deemWithdrawn(waiting.getId(), waiting.getVersion(), LocalDate.of(2025, 10, 16),
                DisclosureFixtures.COORDINATOR);
        DisclosureRequest closed = fixtures.reload(r.getId());
        assertThat(closed.getOutcome()).isEqualTo(Outcome.OTHER_NO_CORRECTION);
        assertThat(deadlines.onTime(closed)).isNull();
    }

    @Test
    void requestWithoutReceiptDateIsRefusedAndNothingSaved() {
        long unit = fixtures.freshUnit();
        assertThatThrownBy(() -> service.register(new DisclosureService.Registration(unit, RequesterType.PERSON,
                "张三", Channel.ONLINE, LocalDate.of(2025, 9, 19), null, null, "x"), DisclosureFixtures.COORDINATOR))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.disclosure.receipt.missing.confirmed");
        assertThat(service.visibleTo(DisclosureFixtures.COORDINATOR)).noneMatch(r -> r.getUnitId() == unit);
    }
}
