package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitPickerTest {

    private static List<UnitView> units(int n) {
        List<UnitView> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(new UnitView(i, UnitKind.OTHER, "单位" + i, null, null, true));
        }
        return list;
    }

    @Test
    void atMostTheCapIsASelectOfAll() {
        UnitPicker.UnitPick pick = UnitPicker.UnitPick.of(units(3), 2L, "单位2", 3);
        assertThat(pick.typed()).isFalse();
        assertThat(pick.options()).hasSize(3);
        assertThat(pick.selected()).isEqualTo(2L);
    }

    @Test
    void aboveTheCapIsTypedWithAtMostTheCapOfSuggestions() {
        UnitPicker.UnitPick pick = UnitPicker.UnitPick.of(units(4), null, null, 3);
        assertThat(pick.typed()).isTrue();
        assertThat(pick.options()).extracting(UnitView::id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void noChoicesIsAnEmptySelect() {
        assertThat(UnitPicker.UnitPick.of(List.of(), null, null, 3).typed()).isFalse();
    }
}
