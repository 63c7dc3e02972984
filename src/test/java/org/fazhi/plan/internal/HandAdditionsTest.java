package org.fazhi.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a task's hand-added units from its history. */
class HandAdditionsTest {

    private static TaskChange edited(String detail) {
        return new TaskChange(1L, "coordinator", TaskChange.Kind.EDITED, detail, "补充");
    }

    @Test
    void unitsAddedByEditsCountAndALaterRemovalCancelsThem() {
        List<TaskChange> history = List.of(
                new TaskChange(1L, "coordinator", TaskChange.Kind.IMPORTED, "某府办函〔2030〕1号", null),
                edited("units: ★市司法局#3 → ★市司法局#3、市审计局#9"),
                edited("units: ★市司法局#3、市审计局#9 → ★市司法局#3、市审计局#9、各县(市、区)政府#12\ndue: 2030年6月 → 2030年9月"),
                edited("units: ★市司法局#3、市审计局#9、各县(市、区)政府#12 → ★市司法局#3、各县(市、区)政府#12"),
                new TaskChange(1L, "coordinator", TaskChange.Kind.REIMPORTED, "units: ★市司法局#3 → ★市司法局#3、市财政局#4", null));
        assertThat(HandAdditions.of(history)).containsExactly(12L);
    }

    @Test
    void aChangeOfLeadOrDeadlineAddsNothing() {
        assertThat(HandAdditions.of(List.of(edited("units: ★市司法局#3、市审计局#9 → 市司法局#3、★市审计局#9"),
                edited("due: 2030年6月 → 2030年9月")))).isEmpty();
    }
}
