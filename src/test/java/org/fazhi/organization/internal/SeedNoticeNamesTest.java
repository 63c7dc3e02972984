package org.fazhi.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.organization.NameNormalizer;
import org.fazhi.organization.NameResolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every unit and collective term the seed notice (遂府办函〔2021〕35号) names resolves in the seeded registry. */
class SeedNoticeNamesTest {

    /** The responsible units of tasks (一)…(二十四), the issuer, read from the notice. */
    static final List<String> UNITS_IN_NOTICE = List.of("遂宁市人民政府办公室", "市政府办公室", "市司法局", "市市场监管局",
            "市政务服务和大数据局", "市发展改革委", "市住房和城乡建设局", "市自然资源和规划局", "市公共资源交易中心", "市商务局",
            "市委编办", "市国资委", "市民政局", "市生态环境局", "市文化广电旅游局", "市交通运输局", "市农业农村局", "市卫生健康委",
            "市应急局", "市人力资源社会保障局", "市公安局", "市林业局", "市审计局");

    /** The addressees and collective responsible units of the notice. */
    static final List<String> COLLECTIVES_IN_NOTICE = List.of("各县(市、区)人民政府", "市直园区管委会", "市直各部门",
            "各县(市、区)政府", "市直有关部门");

    private final NameIndex index = NameIndexTest.seedIndex();

    @ParameterizedTest
    @FieldSource("UNITS_IN_NOTICE")
    void unitNamedInTheNoticeResolvesToOneUnit(String written) {
        assertThat(index.resolve(written)).isInstanceOf(NameResolution.Resolved.class);
    }

    @ParameterizedTest
    @FieldSource("COLLECTIVES_IN_NOTICE")
    void collectiveNamedInTheNoticeResolvesAsCollective(String written) {
        assertThat(index.resolve(written)).isInstanceOf(NameResolution.Collective.class);
    }

    @Test
    void seedNamesAreUniqueAfterNormalisation() {
        Set<String> seen = new HashSet<>();
        SeedFile.units().forEach(u -> {
            assertThat(seen.add(NameNormalizer.normalize(u.fullName()))).as(u.fullName()).isTrue();
            if (u.shortName() != null) {
                assertThat(seen.add(NameNormalizer.normalize(u.shortName()))).as(u.shortName()).isTrue();
            }
            u.aliases().forEach(a -> assertThat(seen.add(NameNormalizer.normalize(a))).as(a).isTrue());
        });
        SeedFile.terms().forEach(t -> assertThat(seen.add(NameNormalizer.normalize(t.term()))).as(t.term()).isTrue());
    }

    @Test
    void seedHasTheFiveCountyGovernmentsAndThreeParks() {
        assertThat(SeedFile.units()).filteredOn(u -> u.kind() == org.fazhi.organization.UnitKind.COUNTY_GOVERNMENT).hasSize(5);
        assertThat(SeedFile.units()).filteredOn(u -> u.kind() == org.fazhi.organization.UnitKind.PARK_COMMITTEE).hasSize(3);
    }
}
