package org.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The registration form's respondent and the list and indicator filters take a unit name (typed, at province
 * scale) or an id (the select of a city installation); an unknown name shows the message and registers nothing.
 */
@IntegrationTest
class UnitPickReconsiderationIT {

    private static final String UNKNOWN = "不存在的单位丁戊己";

    @Autowired
    ReconsiderationFixtures fx;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    String page(String url, String unit) throws Exception {
        return mvc.perform(get(url).param("unit", unit).with(fx.as("coordinator"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    org.springframework.test.web.servlet.ResultActions register(String applicant, String respondent) throws Exception {
        return mvc.perform(post("/reconsideration").with(csrf()).with(fx.as("coordinator"))
                .param("applicant", applicant).param("respondentUnitId", respondent).param("act", "行政处罚决定")
                .param("channel", "POST").param("receivedOn", LocalDate.now().toString())
                .param("knewOn", LocalDate.now().minusDays(3).toString()).param("toldOfRight", "true"));
    }

    @Test
    void aRespondentAndAFilterAreANameOrAnId() throws Exception {
        long unit = fx.unit(ReconsiderationFixtures.CHUANSHAN);
        for (String written : List.of(ReconsiderationFixtures.CHUANSHAN, String.valueOf(unit))) {
            String url = register("按名申请人" + UUID.randomUUID(), written).andExpect(status().is3xxRedirection())
                    .andReturn().getResponse().getRedirectedUrl();
            long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            assertThat(fx.read(id).respondentUnitId()).isEqualTo(unit);
            assertThat(page("/reconsideration", written)).contains("id=\"case-" + id + "\"");
            assertThat(page("/reconsideration/indicators", written)).contains("被申请人：船山区");
        }
        String applicant = "未知单位申请人" + UUID.randomUUID();
        assertThat(register(applicant, UNKNOWN).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"respondentUnitId-error\"",
                "单位名录中没有“" + UNKNOWN + "”", "<option value=\"" + UNKNOWN + "\" selected",
                "value=\"" + applicant + "\"");
        assertThat(jdbc.queryForObject("select count(*) from reconsideration_case where applicant = ?", Long.class,
                applicant)).isZero();
        assertThat(page("/reconsideration", UNKNOWN)).contains("id=\"f-unit-error\"",
                "单位名录中没有“" + UNKNOWN + "”", "<option value=\"" + UNKNOWN + "\" selected")
                .doesNotContain("<tr id=\"case-");
        assertThat(page("/reconsideration/indicators", UNKNOWN)).contains("id=\"unit-error\"",
                "单位名录中没有“" + UNKNOWN + "”", "<option value=\"" + UNKNOWN + "\" selected");
    }
}
