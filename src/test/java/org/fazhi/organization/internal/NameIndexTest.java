package org.fazhi.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.organization.CollectiveScope;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitKind;
import org.fazhi.organization.UnitView;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    static NameIndex seedIndex() {
        List<UnitView> units = new ArrayList<>();
        List<NameIndex.Name> names = new ArrayList<>();
        long id = 1;
        for (SeedFile.SeedUnit u : SeedFile.units()) {
            units.add(new UnitView(id, u.kind(), u.fullName(), u.shortName(), null, true));
            names.add(new NameIndex.Name(id, u.fullName(), NameType.FULL));
            if (u.shortName() != null) {
                names.add(new NameIndex.Name(id, u.shortName(), NameType.SHORT));
            }
            for (String alias : u.aliases()) {
                names.add(new NameIndex.Name(id, alias, NameType.ALIAS));
            }
            id++;
        }
        return new NameIndex(units, names, SeedFile.terms());
    }

    private final NameIndex index = seedIndex();

    private long idOf(String fullName) {
        return index.activeUnits().stream().filter(u -> u.fullName().equals(fullName)).findFirst().orElseThrow().id();
    }

    @Test
    void fullNameShortNameAndAliasesResolveToTheSameUnit() {
        long ndrc = idOf("遂宁市发展和改革委员会");
        for (String written : List.of("市发展改革委", "市发展和改革委员会", "市发改委", "遂宁市发展和改革委员会")) {
            assertThat(index.resolve(written)).isEqualTo(new NameResolution.Resolved(written, ndrc, "遂宁市发展和改革委员会"));
        }
    }

    @Test
    void countyGovernmentResolvesWithOrWithoutPeopleAndGovernment() {
        long chuanshan = idOf("遂宁市船山区人民政府");
        for (String written : List.of("船山区人民政府", "船山区政府", "船山区", "遂宁市船山区政府", " 船山区 人民政府 ")) {
            assertThat(index.resolve(written)).isInstanceOfSatisfying(NameResolution.Resolved.class,
                    r -> assertThat(r.unitId()).isEqualTo(chuanshan));
        }
        assertThat(index.resolve("射洪市政府")).isInstanceOf(NameResolution.Resolved.class);
    }

    @Test
    void fullWidthAndHalfWidthWritingResolveAlike() {
        assertThat(index.resolve("各县（市、区）人民政府")).isInstanceOf(NameResolution.Collective.class);
        assertThat(index.resolve("市　应急局")).isInstanceOfSatisfying(NameResolution.Resolved.class,
                r -> assertThat(r.fullName()).isEqualTo("遂宁市应急管理局"));
    }

    @Test
    void countyGovernmentsCollectiveExpandsToTheFiveCountyLevelGovernments() {
        NameResolution r = index.resolve("各县(市、区)人民政府");
        assertThat(r).isInstanceOfSatisfying(NameResolution.Collective.class, c -> {
            assertThat(c.scope()).isEqualTo(CollectiveScope.COUNTY_GOVERNMENTS);
            assertThat(c.expandsTo()).hasSize(5).allMatch(id -> index.unit(id).orElseThrow().kind() == UnitKind.COUNTY_GOVERNMENT);
            assertThat(c.awaitingDesignation()).isFalse();
        });
    }

    @Test
    void allMunicipalDepartmentsIncludeTheGovernmentOfficeButNotPartyOfficesOrParks() {
        NameResolution.Collective c = (NameResolution.Collective) index.resolve("市直各部门");
        assertThat(c.expandsTo()).contains(idOf("遂宁市人民政府办公室"), idOf("遂宁市司法局"))
                .doesNotContain(idOf("中共遂宁市委机构编制委员会办公室"), idOf("遂宁经济技术开发区管理委员会"));
    }

    @Test
    void parksCollectiveExpandsToTheThreeParks() {
        NameResolution.Collective c = (NameResolution.Collective) index.resolve("市直园区管委会");
        assertThat(c.expandsTo()).hasSize(3);
    }

    @Test
    void relevantDepartmentsAwaitDesignationAndExpandToNothingYet() {
        NameResolution.Collective c = (NameResolution.Collective) index.resolve("市直有关部门");
        assertThat(c.awaitingDesignation()).isTrue();
        assertThat(c.expandsTo()).isEmpty();
        assertThat(index.resolve("有关部门")).isInstanceOf(NameResolution.Collective.class);
    }

    @Test
    void townshipTermsAreCollectivesEvenWithNoTownshipRegistered() {
        NameResolution.Collective c = (NameResolution.Collective) index.resolve("各乡镇人民政府");
        assertThat(c.scope()).isEqualTo(CollectiveScope.TOWNSHIPS);
        assertThat(c.expandsTo()).isEmpty();
        assertThat(index.resolve("各街道办事处")).isInstanceOf(NameResolution.Collective.class);
    }

    @Test
    void unknownNameIsNeverGuessedButGetsSuggestionsForAHuman() {
        NameResolution r = index.resolve("市司法行政局");
        assertThat(r).isInstanceOfSatisfying(NameResolution.Unknown.class, u -> {
            assertThat(u.written()).isEqualTo("市司法行政局");
            assertThat(u.suggestions()).contains("遂宁市司法局");
        });
    }

    @Test
    void unrelatedUnknownNameHasNoSuggestions() {
        assertThat(index.resolve("北京市海淀区图书馆")).isEqualTo(new NameResolution.Unknown("北京市海淀区图书馆", List.of()));
    }

    @Test
    void blankOrNullNameIsUnknown() {
        assertThat(index.resolve("  ")).isInstanceOf(NameResolution.Unknown.class);
        assertThat(index.resolve(null)).isEqualTo(new NameResolution.Unknown("", List.of()));
    }

    @Test
    void mergedUnitsDropOutOfCollectivesAndActiveLists() {
        List<UnitView> units = List.of(new UnitView(1, UnitKind.MUNICIPAL_DEPARTMENT, "甲局", null, null, true),
                new UnitView(2, UnitKind.MUNICIPAL_DEPARTMENT, "乙局", null, null, false));
        NameIndex small = new NameIndex(units, List.of(new NameIndex.Name(1, "甲局", NameType.FULL),
                new NameIndex.Name(1, "乙局", NameType.ALIAS)), List.of(new NameIndex.Term("市直各部门",
                CollectiveScope.MUNICIPAL_DEPARTMENTS)));
        assertThat(((NameResolution.Collective) small.resolve("市直各部门")).expandsTo()).containsExactly(1L);
        assertThat(small.activeUnits()).extracting(UnitView::id).containsExactly(1L);
        assertThat(small.resolve("乙局")).isInstanceOfSatisfying(NameResolution.Resolved.class,
                r -> assertThat(r.unitId()).isEqualTo(1L));
    }

    @Test
    void successorFollowsMergesToTheActiveUnit() {
        List<UnitView> units = List.of(new UnitView(1, UnitKind.OTHER, "甲", null, null, true),
                new UnitView(2, UnitKind.OTHER, "乙", null, null, false),
                new UnitView(3, UnitKind.OTHER, "丙", null, null, false));
        NameIndex small = new NameIndex(units, List.of(), List.of(), java.util.Map.of(2L, 1L, 3L, 2L));
        assertThat(small.successorOf(3)).isEqualTo(1);
        assertThat(small.successorOf(1)).isEqualTo(1);
    }

    @Test
    void resolveAllKeepsTheOrderOfTheWrittenNames() {
        List<NameResolution> all = java.util.stream.Stream.of("市直各部门", "市司法局", "无此单位").map(index::resolve).toList();
        assertThat(all).extracting(r -> r.getClass().getSimpleName()).containsExactly("Collective", "Resolved", "Unknown");
    }

    @Test
    void resolvesInARegistryOfTenThousandNamesWithinMilliseconds() {
        List<UnitView> units = new ArrayList<>();
        List<NameIndex.Name> names = new ArrayList<>();
        for (long id = 1; id <= 2500; id++) {
            units.add(new UnitView(id, UnitKind.TOWNSHIP, "测试县第" + id + "镇人民政府", null, null, true));
            for (String n : List.of("测试县第" + id + "镇人民政府", "第" + id + "镇", "第" + id + "镇（街道）", "Town" + id)) {
                names.add(new NameIndex.Name(id, n, NameType.ALIAS));
            }
        }
        long start = System.nanoTime();
        NameIndex big = new NameIndex(units, names, SeedFile.terms());
        for (int i = 1; i <= 10_000; i++) {
            assertThat(big.resolve("第" + (i % 2500 + 1) + "镇(街道)")).isInstanceOf(NameResolution.Resolved.class);
        }
        assertThat(big.resolve("第9999镇")).isInstanceOf(NameResolution.Unknown.class);
        assertThat(((NameResolution.Collective) big.resolve("各乡镇人民政府")).expandsTo()).hasSize(2500);
        // build + 10,000 lookups + one unknown with suggestions; generous bound for a loaded CI machine
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(5));
    }
}
