package org.fazhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.ServletRequestPathUtils;

class PrefixCheckingMappingsTest {

    private final PrefixCheckingMappings.Mapping mapping = new PrefixCheckingMappings.Mapping();

    private static RequestMappingInfo info(String... paths) {
        return RequestMappingInfo.paths(paths).options(new RequestMappingInfo.BuilderConfiguration()).build();
    }

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    @Test
    void literalBeginningsOfPatternsAndNoneWhenAPatternStartsWithAVariable() {
        assertThat(PrefixCheckingMappings.Mapping.prefixesOf(info("/progress/units/{unitId}", "/plans/**")))
                .containsExactlyInAnyOrder("/progress/units/", "/plans/");
        assertThat(PrefixCheckingMappings.Mapping.prefixesOf(info("/{page}"))).isEmpty();
        assertThat(PrefixCheckingMappings.Mapping.prefixesOf(info(""))).isEmpty();
    }

    @Test
    void aPathOutsideEveryPrefixIsSkippedAndOtherwiseSpringDecidesAsBefore() {
        RequestMappingInfo unit = info("/progress/units/{unitId}");
        assertThat(mapping.getMatchingMapping(unit, get("/progress/units/2"))).isNotNull();
        assertThat(mapping.getMatchingMapping(unit, get("/plans/tasks/2"))).isNull();
        assertThat(mapping.getMatchingMapping(unit, get("/progress/units/2/extra"))).as("prefix fits, pattern not")
                .isNull();
        MockHttpServletRequest encoded = get("/progress/unit%73/2");
        assertThat(mapping.getMatchingMapping(unit, encoded)).as("encoded: Spring decides")
                .isEqualTo(unit.getMatchingCondition(encoded));
    }
}
