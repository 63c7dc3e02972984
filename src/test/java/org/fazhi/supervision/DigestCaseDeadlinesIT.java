package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Set;
import java.util.UUID;
import org.fazhi.disclosure.internal.Channel;
import org.fazhi.disclosure.internal.DisclosureRequest;
import org.fazhi.disclosure.internal.DisclosureService;
import org.fazhi.disclosure.internal.RequesterType;
import org.fazhi.identity.AccountContact;
import org.fazhi.identity.AccountDirectory;
import org.fazhi.identity.CurrentUser;
import org.fazhi.identity.Role;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.supervision.internal.DeliveryMode;
import org.fazhi.supervision.internal.Digest;
import org.fazhi.supervision.internal.DigestComposer;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The digest reminds a unit of its case registers' statutory deadlines, not only of its reports. */
@IntegrationTest
class DigestCaseDeadlinesIT {

    @Autowired
    DigestComposer composer;
    @Autowired
    DisclosureService disclosure;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    UnitDirectory units;

    @Test
    void aDisclosureReplyPastItsTwentyWorkingDaysIsInTheUnitLiaisonsDigest() {
        long chuanshan = ((NameResolution.Resolved) units.resolve("船山区人民政府")).unitId();
        String requester = "申请人" + UUID.randomUUID().toString().substring(0, 8);
        CurrentUser office = new CurrentUser(0, "coordinator", "office", null, Set.of(Role.COORDINATOR));
        DisclosureRequest request = disclosure.register(new DisclosureService.Registration(chuanshan,
                RequesterType.values()[0], requester, Channel.IN_PERSON, LocalDate.of(2025, 9, 19), null, null,
                "本区执法数据"), office);
        AccountContact liaison = accounts.byUsername("liaison").orElseThrow();
        // received Fri 2025-09-19: 20 working days end Thu 2025-10-23 (make-up days 09-28 and 10-11 count)
        Digest before = composer.compose(liaison, LocalDate.of(2025, 10, 20), DeliveryMode.DIGEST, new HashMap<>())
                .orElseThrow();
        assertThat(before.text()).contains("案件期限").contains("2025-10-23");
        Digest after = composer.compose(liaison, LocalDate.of(2025, 10, 24), DeliveryMode.DIGEST, new HashMap<>())
                .orElseThrow();
        assertThat(after.text()).containsPattern("[^\\n]*" + requester + "[^\\n]*2025-10-23 已到期");
        AccountContact otherUnit = accounts.byUsername("liaison-fgw").orElseThrow();
        assertThat(composer.compose(otherUnit, LocalDate.of(2025, 10, 24), DeliveryMode.DIGEST, new HashMap<>())
                .map(Digest::text).orElse("")).doesNotContain(requester);
    }
}
