package org.fazhi.plan.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Cutting a 牵头单位/责任单位 cell into unit names without cutting names that hold 、. */
class UnitCellTest {

    private static final Predicate<String> KNOWN = Set.of("市司法局", "市发展改革委", "各县(市、区)政府",
            "市委宣传部、市委网信办联合办公室", "市委宣传部", "市委网信办")::contains;

    @Test
    void aWholeCellThatNamesOneUnitIsNotSplitEvenWithAnEnumerationCommaInIt() {
        assertThat(UnitCell.names("市委宣传部、市委网信办联合办公室", KNOWN)).containsExactly("市委宣传部、市委网信办联合办公室");
        assertThat(UnitCell.names(" 各县(市、区)政府 ", KNOWN)).containsExactly("各县(市、区)政府");
    }

    @Test
    void otherwiseCutsAtSeparatorsOutsideBracketsAndRejoinsKnownNames() {
        assertThat(UnitCell.names("各县(市、区)政府、市司法局", KNOWN)).containsExactly("各县(市、区)政府", "市司法局");
        assertThat(UnitCell.names("市司法局，市委宣传部、市委网信办联合办公室；市发展改革委", KNOWN))
                .containsExactly("市司法局", "市委宣传部、市委网信办联合办公室", "市发展改革委");
        assertThat(UnitCell.names("市委宣传部、市委网信办", KNOWN)).containsExactly("市委宣传部", "市委网信办");
        assertThat(UnitCell.names("市司法局 市发展改革委", KNOWN)).containsExactly("市司法局", "市发展改革委");
    }

    @Test
    void unknownPiecesAreReturnedAsWrittenForTheRoundTripToReport() {
        assertThat(UnitCell.names("市司法局、月球基地管委会", KNOWN)).containsExactly("市司法局", "月球基地管委会");
        assertThat(UnitCell.names("", KNOWN)).isEmpty();
        assertThat(UnitCell.names(null, KNOWN)).isEmpty();
    }
}
