package org.fazhi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The shared unit field: a select of every choice up to the cap (a city installation), a text input with a
 * datalist of at most the cap of suggestions above it (a province); rendered with a cap of 2 so no units need
 * registering.
 */
@IntegrationTest
class UnitPickFragmentIT {

    @Autowired
    ITemplateEngine templates;

    private static final List<UnitView> UNITS = List.of(
            new UnitView(901, UnitKind.OTHER, "甲测试局", null, null, true),
            new UnitView(902, UnitKind.OTHER, "乙测试局", "乙局", null, true),
            new UnitView(903, UnitKind.OTHER, "丙测试局", null, null, true));

    @Test
    void aSelectUpToTheCapAndATypedFieldWithSuggestionsAboveIt() {
        String select = render(UnitPicker.UnitPick.of(UNITS.subList(0, 2), 902L, "乙测试局", 2), "全部");
        assertThat(select).contains("<select name=\"unit\" id=\"f-unit\">", "<option value=\"\">全部</option>",
                "<option value=\"902\" selected=\"selected\">乙局</option>").doesNotContain("datalist");

        String typed = render(UnitPicker.UnitPick.of(UNITS, 902L, "乙测试局", 2), null);
        assertThat(typed).contains("type=\"text\"", "name=\"unit\"", "id=\"f-unit\"", "list=\"f-unit-choices\"",
                "value=\"乙测试局\"", "<datalist id=\"f-unit-choices\">", "value=\"甲测试局\"", "单位名称或编号")
                .doesNotContain("<select", "丙测试局");
    }

    @Test
    void textNamingNoUnitIsKeptWithItsMessageNextToTheField() {
        String select = render(UnitPicker.UnitPick.of(UNITS.subList(0, 2), null, "丁未知局", 2)
                .failing("error.org.unit.unknown", new Object[] {"丁未知局"}), "全部");
        assertThat(select).contains("<option value=\"丁未知局\" selected", "id=\"f-unit-error\"",
                "单位名录中没有“丁未知局”");
        String typed = render(UnitPicker.UnitPick.of(UNITS, null, "丁未知局", 2)
                .failing("error.org.unit.unknown", new Object[] {"丁未知局"}), null);
        assertThat(typed).contains("type=\"text\"", "value=\"丁未知局\"", "id=\"f-unit-error\"",
                "单位名录中没有“丁未知局”").doesNotContain("<select");
        assertThat(render(UnitPicker.UnitPick.of(UNITS, 901L, "甲测试局", 2), null)).doesNotContain("-error");
    }

    private String render(UnitPicker.UnitPick pick, String emptyLabel) {
        MockServletContext servletContext = new MockServletContext();
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse());
        Map<String, Object> variables = new HashMap<>();
        variables.put("pick", pick);
        variables.put("emptyLabel", emptyLabel);
        return templates.process("organization/unit-pick-test", new WebContext(exchange, Locale.SIMPLIFIED_CHINESE,
                variables));
    }
}
