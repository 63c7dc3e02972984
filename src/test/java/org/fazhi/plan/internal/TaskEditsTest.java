package org.fazhi.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fazhi.platform.DomainException;
import org.junit.jupiter.api.Test;

class TaskEditsTest {

    private static final ResolvedUnit JUSTICE = new ResolvedUnit(1L, "市司法局", null, true, false);
    private static final ResolvedUnit RELEVANT = new ResolvedUnit(null, "市直有关部门", "市直有关部门", false, true);

    @Test
    void designatingReplacesThePlaceholderWithTheChosenUnitsInPlace() {
        List<ResolvedUnit> next = TaskEdits.designate(List.of(JUSTICE, RELEVANT), "市直有关部门", List.of(7L, 8L),
                id -> "单位" + id);
        assertThat(next).extracting(ResolvedUnit::unitId).containsExactly(1L, 7L, 8L);
        assertThat(next.get(1).viaTerm()).isEqualTo("市直有关部门");
        assertThat(next).noneMatch(ResolvedUnit::toDesignate);
    }

    @Test
    void designatingAUnitAlreadyResponsibleOrWithoutAPlaceholderIsRefused() {
        assertThatThrownBy(() -> TaskEdits.designate(List.of(JUSTICE, RELEVANT), "市直有关部门", List.of(1L), id -> ""))
                .isInstanceOf(DomainException.class).hasMessageContaining("alreadyResponsible");
        assertThatThrownBy(() -> TaskEdits.designate(List.of(JUSTICE), "市直有关部门", List.of(7L), id -> ""))
                .hasMessageContaining("nothingToDesignate");
    }

    @Test
    void makingAUnitLeadLeavesTheFormerLeadAsPartner() {
        List<ResolvedUnit> added = TaskEdits.add(List.of(JUSTICE), 5L, "市发展改革委", false);
        List<ResolvedUnit> next = TaskEdits.makeLead(added, 5L);
        assertThat(next).filteredOn(ResolvedUnit::lead).extracting(ResolvedUnit::unitId).containsExactly(5L);
        assertThat(next).hasSize(2);
    }

    @Test
    void theLastNamedUnitCannotBeRemovedNorAUnitNotResponsible() {
        assertThatThrownBy(() -> TaskEdits.remove(List.of(JUSTICE, RELEVANT), 1L)).hasMessageContaining("lastUnit");
        assertThatThrownBy(() -> TaskEdits.remove(List.of(JUSTICE), 9L)).hasMessageContaining("notResponsible");
        assertThatThrownBy(() -> TaskEdits.add(List.of(JUSTICE), 1L, "x", false))
                .hasMessageContaining("alreadyResponsible");
    }
}
