package org.fazhi.plan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.plan.ingest.bench.SyntheticNotice;
import org.junit.jupiter.api.Test;

/** The benchmarks' synthetic notices parse completely, so the benchmarks measure real work. */
class SyntheticNoticeTest {

    @Test
    void parsesAOneMegabyteSyntheticNoticeCompletely() {
        byte[] notice = SyntheticNotice.ofSize(1_000_000);
        ParsedNotice parsed = Notices.parsed(new NoticeParser().parse(notice, "synthetic.txt"));
        assertThat(parsed.allTasks()).hasSize(SyntheticNotice.taskCount(notice)).hasSizeGreaterThan(1000);
        assertThat(parsed.allTasks()).allSatisfy(t -> {
            assertThat(t.responsibilities()).hasSize(5);
            assertThat(t.dueText()).isEqualTo("2023年9月底前");
        });
        assertThat(parsed.warnings()).isEmpty();
    }
}
