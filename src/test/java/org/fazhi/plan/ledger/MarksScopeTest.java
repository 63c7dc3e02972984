package org.fazhi.plan.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fazhi.plan.ProgressMark;
import org.fazhi.plan.ProgressScope;
import org.fazhi.plan.TrafficLight;
import org.junit.jupiter.api.Test;

/** The ledger's marks as each reader's {@link ProgressScope} lets him read them (no Spring context). */
class MarksScopeTest {

    private static final Marks ALL = Marks.of(List.of(
            new ProgressMark(7, 1, TrafficLight.GREEN, "progress.status.DONE", "一单位的进展"),
            new ProgressMark(7, 2, TrafficLight.RED, "progress.status.LATE", "二单位的进展")));

    @Test
    void theOfficeReadsEveryUnitsStatusAndText() {
        Marks office = ALL.seenBy(ProgressScope.EVERY_UNIT);
        assertThat(office.of(7, 1L).progressText()).isEqualTo("一单位的进展");
        assertThat(office.of(7, 2L).progressText()).isEqualTo("二单位的进展");
    }

    @Test
    void aUnitReadsItsOwnTextAndTheOtherUnitOfTheTaskAsALightAlone() {
        Marks unit = ALL.seenBy(ProgressScope.unit(1));
        assertThat(unit.of(7, 1L)).isEqualTo(ALL.of(7, 1L));
        ProgressMark other = unit.of(7, 2L);
        assertThat(other.light()).isEqualTo(TrafficLight.RED);
        assertThat(other.statusKey()).isNull();
        assertThat(other.progressText()).isNull();
        assertThat(unit.css(7, 2L)).isEqualTo("light-red");
        assertThat(unit.lit(7, List.of(new PlanSheet.Unit(2, "二")))).singleElement()
                .satisfies(l -> assertThat(l.light()).isEqualTo(TrafficLight.RED));
    }

    @Test
    void aReaderWithoutScopeReadsNoProgressAtAll() {
        Marks none = ALL.seenBy(ProgressScope.NOTHING);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.of(7, 1L)).isNull();
    }
}
