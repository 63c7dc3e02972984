package org.fazhi.plan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Terms that stand for several units are collective; single units are not. */
class CollectiveTermsTest {

    @ParameterizedTest
    @ValueSource(strings = {"市直各部门", "市直有关部门", "各县(市、区)政府", "各县(市、区)人民政府", "市直园区管委会",
        "各乡镇人民政府", "各街道办事处", "有关部门", "各有关单位", "市级各部门", "县(市、区)人民政府", "市法治政府建设领导小组成员单位",
        "其他相关部门"})
    void recognisesCollectiveTerms(String name) {
        assertThat(CollectiveTerms.isCollective(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"市司法局", "市政府办公室", "市委编办", "市发展改革委", "遂宁经济技术开发区", "市住房和城乡建设局",
        "市政务服务和大数据局", "船山区人民政府"})
    void treatsSingleUnitsAsSingle(String name) {
        assertThat(CollectiveTerms.isCollective(name)).isFalse();
    }
}
