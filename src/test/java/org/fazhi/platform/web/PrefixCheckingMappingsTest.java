package org.fazhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.ServletRequestPathUtils;

class PrefixCheckingMappingsTest {

    private static RequestMappingInfo info(String... paths) {
        return RequestMappingInfo.paths(paths).options(new RequestMappingInfo.BuilderConfiguration()).build();
    }

    void unitPage() {
    }

    void anyPage() {
    }

    /** The handler method's name that the mapping chooses for {@code path}, or null. */
    private String handlerFor(String path) throws Exception {
        PrefixCheckingMappings.Mapping mapping = new PrefixCheckingMappings.Mapping();
        mapping.registerMapping(info("/progress/units/{unitId}"), this, getClass().getDeclaredMethod("unitPage"));
        mapping.registerMapping(info("/{page}/x"), this, getClass().getDeclaredMethod("anyPage"));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        ServletRequestPathUtils.parseAndCache(request);
        HandlerExecutionChain chain = mapping.getHandler(request);
        return chain == null ? null : ((HandlerMethod) chain.getHandler()).getMethod().getName();
    }

    @Test
    void literalBeginningsOfPatternsAndNoneWhenAPatternStartsWithAVariable() {
        assertThat(PrefixCheckingMappings.Mapping.prefixesOf(info("/progress/units/{unitId}", "/plans/**")))
                .containsExactlyInAnyOrder("/progress/units/", "/plans/");
        assertThat(PrefixCheckingMappings.Mapping.prefixesOf(info("/{page}"))).isEmpty();
        assertThat(PrefixCheckingMappings.Mapping.prefixesOf(info(""))).isEmpty();
    }

    @Test
    void theMappingChosenIsSpringsOwnForPathsInsideAndOutsideThePrefixes() throws Exception {
        assertThat(handlerFor("/progress/units/2")).isEqualTo("unitPage");
        assertThat(handlerFor("/progress/units/2/extra")).as("prefix fits, pattern not").isNull();
        assertThat(handlerFor("/plans/tasks/2")).isNull();
        assertThat(handlerFor("/plans/x")).as("a pattern starting with a variable is always checked")
                .isEqualTo("anyPage");
        assertThat(handlerFor("/progress/unit%73/2")).as("an encoded path takes Spring's full check")
                .isEqualTo("unitPage");
    }
}
