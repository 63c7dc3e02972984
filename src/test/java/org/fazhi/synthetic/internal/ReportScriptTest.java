package org.fazhi.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The report history of an assignment is the same every time it is drawn, and follows the reporting rules. */
class ReportScriptTest {

    private static final LocalDate ISSUED = LocalDate.of(2025, 3, 1);

    @Test
    void theSameSeedAndOrdinalGiveTheSameHistory() {
        assertThat(ReportScript.of(7, 42, 2025, true, ISSUED, "认真落实领导干部学法用法制度"))
                .isEqualTo(ReportScript.of(7, 42, 2025, true, ISSUED, "认真落实领导干部学法用法制度"));
    }

    @Test
    void versionsFollowTheReportingLoop() {
        Set<String> states = new HashSet<>();
        for (long ordinal = 0; ordinal < 2000; ordinal++) {
            ReportScript.Script script = ReportScript.of(1, ordinal, 2025, true, ISSUED, "任务");
            if (!script.signed()) {
                assertThat(script.versions()).isEmpty();
                continue;
            }
            List<ReportScript.Version> versions = script.versions();
            for (int i = 0; i < versions.size(); i++) {
                ReportScript.Version v = versions.get(i);
                states.add(v.state());
                boolean lastOfPeriod = i + 1 == versions.size() || !versions.get(i + 1).periodKey().equals(v.periodKey());
                assertThat(v.state().equals("RETURNED")).isEqualTo(!lastOfPeriod);
                assertThat(v.submittedAt() == null).isEqualTo(v.state().equals("DRAFT"));
                assertThat(v.lateReason() != null).isEqualTo(v.status().equals("LATE"));
                assertThat(v.percent()).isBetween(0, 100);
                assertThat(v.decisions()).hasSize(switch (v.state()) {
                    case "DRAFT" -> 0;
                    case "SUBMITTED" -> 1;
                    default -> 2;
                });
                assertThat(v.createdAt()).isAfter(script.signedAt());
            }
        }
        assertThat(states).containsExactlyInAnyOrder("DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED");
    }

    @Test
    void pastYearsAreAcceptedOrLeftAsDrafts() {
        for (long ordinal = 0; ordinal < 500; ordinal++) {
            ReportScript.of(3, ordinal, 2022, false, ISSUED.minusYears(3), "任务").versions().stream()
                    .map(ReportScript.Version::state)
                    .forEach(s -> assertThat(s).isIn("ACCEPTED", "RETURNED", "DRAFT"));
        }
    }
}
