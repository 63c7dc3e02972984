package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The annual report's exports never answer a unit that was asked for with another scope (least of all every
 * unit's table): the page offers no export while its unit field names no unit, and an export for a unit that
 * names none, does not exist, or is not the user's to see is refused with its message.
 */
@IntegrationTest
class DisclosureReportExportIT {

    private static final String UNKNOWN = "不存在的公开局子丑寅";
    private static final String CHUANSHAN = "船山区人民政府";

    @Autowired
    MockMvc mvc;
    @Autowired
    DisclosureFixtures fixtures;

    private String body(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
        return mvc.perform(request.with(fixtures.as(user))).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void coordinatorTypingAnUnknownUnitIsOfferedNoExport() throws Exception {
        assertThat(body(get("/disclosure/report").param("year", "2025").param("unit", UNKNOWN), "coordinator", 200))
                .contains("id=\"r-unit-error\"", "单位名录中没有“" + UNKNOWN + "”")
                .doesNotContain("id=\"export-xlsx\"", "id=\"export-docx\"", "report.xlsx", "report.docx");
        long unit = fixtures.freshUnit();
        assertThat(body(get("/disclosure/report").param("year", "2025").param("unit", String.valueOf(unit)),
                "coordinator", 200)).contains("id=\"export-xlsx\"", "report.xlsx?year=2025&amp;unit=" + unit);
    }

    @Test
    void coordinatorExportingAUnitThatDoesNotResolveIsRefusedNotGivenAllUnits() throws Exception {
        for (String path : new String[] {"/disclosure/report.xlsx", "/disclosure/report.docx"}) {
            assertThat(body(get(path).param("year", "2025").param("unit", UNKNOWN), "coordinator", 422))
                    .contains("单位名录中没有“" + UNKNOWN + "”");
            assertThat(body(get(path).param("year", "2025").param("unit", "987654321"), "coordinator", 422))
                    .contains("单位名录中没有“987654321”");
        }
        // the JSON report refuses a unit id that does not exist as well
        assertThat(body(get("/api/disclosure/report").param("year", "2025").param("unit", "987654321"),
                "coordinator", 404)).doesNotContain("\"rows\"");
        // a unit that exists is exported by id or by name
        long unit = fixtures.freshUnit();
        mvc.perform(get("/disclosure/report.xlsx").param("year", String.valueOf(LocalDate.now().getYear()))
                .param("unit", String.valueOf(unit)).with(fixtures.as("coordinator"))).andExpect(status().isOk());
        mvc.perform(get("/disclosure/report.docx").param("year", "2025").param("unit", CHUANSHAN)
                .with(fixtures.as("coordinator"))).andExpect(status().isOk());
    }

    @Test
    void liaisonExportingAnotherUnitIsRefusedWithAClearMessage() throws Exception {
        String other = String.valueOf(fixtures.unit(CHUANSHAN));
        for (String path : new String[] {"/disclosure/report.xlsx", "/disclosure/report.docx"}) {
            assertThat(body(get(path).param("year", "2025").param("unit", other), "liaison-fgw", 404))
                    .contains("”不存在或不在您的查看范围内", "未生成报表");
            assertThat(body(get(path).param("year", "2025").param("unit", CHUANSHAN), "liaison-fgw", 404))
                    .contains("不在您的查看范围内");
        }
        mvc.perform(get("/disclosure/report.xlsx").param("year", "2025").param("unit", other)
                .with(fixtures.as("liaison"))).andExpect(status().isOk());
        mvc.perform(get("/disclosure/report.xlsx").param("year", "2025").with(fixtures.as("liaison-fgw")))
                .andExpect(status().isOk());
    }
}
