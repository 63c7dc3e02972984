package org.fazhi.plan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines in a deadline field and in running task text. */
class DeadlineParserTest {

    private final Diagnostics diagnostics = new Diagnostics();
    private final DeadlineParser inPlanYear2023 = new DeadlineParser(2023, diagnostics);

    @ParameterizedTest
    @CsvSource({
        "2023年12月底前, 2023-12-31",
        "2023年9月底前, 2023-09-30",
        "2024年2月底前, 2024-02-29",
        "6月30日前, 2023-06-30",
        "年底前, 2023-12-31",
        "2023年年底前, 2023-12-31",
        "2022年底前, 2022-12-31",
        "上半年, 2023-06-30",
        "十二月底前, 2023-12-31",
        "2023年12月, 2023-12-31",
        "2023-11-15, 2023-11-15",
        "2023年6月底前完成初稿，11月底前出台, 2023-11-30",
    })
    void readsADeadlineField(String field, LocalDate expected) {
        Deadline deadline = inPlanYear2023.parseField(field, 7);
        assertThat(deadline.date()).isEqualTo(expected);
        assertThat(deadline.text()).isEqualTo(field);
        assertThat(diagnostics.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"长期坚持", "持续推进", "常态化开展", "每年开展"})
    void keepsOngoingWordsWithoutADate(String field) {
        Deadline deadline = inPlanYear2023.parseField(field, 7);
        assertThat(deadline.date()).isNull();
        assertThat(deadline.text()).isEqualTo(field);
        assertThat(diagnostics.warnings()).isEmpty();
    }

    @Test
    void warnsAboutAFieldItCannotRead() {
        Deadline deadline = inPlanYear2023.parseField("视情况而定", 12);
        assertThat(deadline.date()).isNull();
        assertThat(deadline.text()).isEqualTo("视情况而定");
        assertThat(diagnostics.warnings()).extracting(ParseWarning::messageKey, ParseWarning::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("plan.ingest.warning.unknownDeadline", 12));
    }

    @Test
    void findsOnlyDatedPhrasesEndingInQianInRunningText() {
        assertThat(inPlanYear2023.findInText("持续推进“互联网+监管”,推动落实2021年度立法计划。", 1)).isNull();
        assertThat(inPlanYear2023.findInText("研究制定《实施方案(2021—2025年)》,2021年8月2日印发。", 1)).isNull();
        Deadline deadline = inPlanYear2023.findInText("6月底前完成摸底,2023年11月30日前全面完成。", 1);
        assertThat(deadline.date()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(deadline.text()).isEqualTo("2023年11月30日前");
    }

    @Test
    void warnsWhenYearEndHasNoPlanYear() {
        DeadlineParser noYear = new DeadlineParser(null, diagnostics);
        assertThat(noYear.parseField("年底前", 4).date()).isNull();
        assertThat(diagnostics.warnings()).extracting(ParseWarning::messageKey).containsExactly("plan.ingest.warning.noPlanYear");
    }

    @Test
    void warnsAboutADateThatDoesNotExist() {
        assertThat(inPlanYear2023.parseField("2023年2月30日前", 4).date()).isNull();
        assertThat(diagnostics.warnings()).extracting(ParseWarning::messageKey).contains("plan.ingest.warning.invalidDate");
    }
}
