package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The registration form's defendant unit and the list and indicator filters take a unit name (typed, at
 * province scale) or an id (the select of a city installation); an unknown name shows the message next to the
 * field with what was typed (the list with no rows, the form with the other fields) and registers nothing.
 */
@IntegrationTest
class UnitPickLitigationIT {

    private static final String CHUANSHAN = "船山区人民政府";
    private static final String UNKNOWN = "不存在的单位庚辛壬";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory directory;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;

    ResultActions register(String caseNumber, String unit) throws Exception {
        return mvc.perform(post("/litigation").with(csrf())
                .with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("coordinator")))
                .param("unitId", unit).param("court", "船山区人民法院").param("caseNumber", caseNumber)
                .param("plaintiff", "李四").param("act", "行政处罚决定").param("instance", "FIRST")
                .param("complaintReceivedOn", LocalDate.now().toString()));
    }

    ResultActions page(String url, String unit) throws Exception {
        return mvc.perform(get(url).param("unit", unit)
                .with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("coordinator"))));
    }

    @Test
    void aDefendantAndAFilterAreANameOrAnId() throws Exception {
        long unit = ((NameResolution.Resolved) directory.resolve(CHUANSHAN)).unitId();
        for (String written : List.of(CHUANSHAN, String.valueOf(unit))) {
            String url = register("(2026)川0903行初" + UUID.randomUUID().toString().substring(0, 6) + "号", written)
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            assertThat(jdbc.queryForObject("select unit_id from litigation_case where id = ?", Long.class, id))
                    .isEqualTo(unit);
            assertThat(page("/litigation", written).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"litigation-row-" + id + "\"",
                    "<option value=\"" + unit + "\" selected");
            assertThat(page("/litigation/indicators", written).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)).contains("<option value=\"" + unit + "\" selected");
        }
        String number = "(2026)川0903行初未知" + UUID.randomUUID().toString().substring(0, 6) + "号";
        assertThat(register(number, UNKNOWN).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"unitId-error\"",
                "单位名录中没有“" + UNKNOWN + "”", "<option value=\"" + UNKNOWN + "\" selected",
                "value=\"" + number + "\"");
        assertThat(jdbc.queryForObject("select count(*) from litigation_case where case_number = ?", Long.class,
                number)).isZero();
        assertThat(page("/litigation", UNKNOWN).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"f-unit-error\"",
                "单位名录中没有“" + UNKNOWN + "”", "<option value=\"" + UNKNOWN + "\" selected")
                .doesNotContain("id=\"litigation-row-");
        assertThat(page("/litigation/indicators", UNKNOWN).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"i-unit-error\"",
                "单位名录中没有“" + UNKNOWN + "”", "<option value=\"" + UNKNOWN + "\" selected");
    }
}
