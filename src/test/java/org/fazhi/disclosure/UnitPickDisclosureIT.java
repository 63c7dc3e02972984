package org.fazhi.disclosure;

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
 * The registration form's unit and the list, annual report and indicator filters take a unit name (typed, at
 * province scale) or an id (the select of a city installation); an unknown name shows the message next to the
 * field with what was typed (the list with no rows, the form with the other fields) and registers nothing.
 */
@IntegrationTest
class UnitPickDisclosureIT {

    private static final String CHUANSHAN = "船山区人民政府";
    private static final String UNKNOWN = "不存在的单位癸子丑";
    /** The indicator page's count of requests received, when it is zero. */
    private static final String RECEIVED_NONE = "id=\"ind-received\"><td>[^<]*</td><td>0</td>";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory directory;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;

    ResultActions register(String caseNumber, String unit) throws Exception {
        return mvc.perform(post("/disclosure").with(csrf())
                .with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("coordinator")))
                .param("unitId", unit).param("requesterType", "PERSON").param("requesterName", caseNumber)
                .param("channel", "ONLINE").param("confirmedOn", LocalDate.now().toString())
                .param("content", "城市规划"));
    }

    ResultActions page(String url, String unit) throws Exception {
        return mvc.perform(get(url).param("unit", unit)
                .with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("coordinator"))));
    }

    @Test
    void aUnitAndAFilterAreANameOrAnId() throws Exception {
        long unit = ((NameResolution.Resolved) directory.resolve(CHUANSHAN)).unitId();
        for (String written : List.of(CHUANSHAN, String.valueOf(unit))) {
            String url = register("按名申请人" + UUID.randomUUID(), written)
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            assertThat(jdbc.queryForObject("select unit_id from disclosure_request where id = ?", Long.class, id))
                    .isEqualTo(unit);
            assertThat(page("/disclosure", written).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"disclosure-row-" + id + "\"",
                    "<option value=\"" + unit + "\" selected");
            assertThat(page("/disclosure/indicators", written).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)).doesNotContainPattern(RECEIVED_NONE);
            for (String filter : List.of("/disclosure/indicators", "/disclosure/report")) {
                assertThat(page(filter, written).andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8)).contains("<option value=\"" + unit + "\" selected");
            }
        }
        String number = "未知单位申请人" + UUID.randomUUID();
        assertThat(register(number, UNKNOWN).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"unitId-error\"",
                "单位名录中没有“" + UNKNOWN + "”", "<option value=\"" + UNKNOWN + "\" selected",
                "value=\"" + number + "\"");
        assertThat(jdbc.queryForObject("select count(*) from disclosure_request where requester_name = ?", Long.class,
                number)).isZero();
        assertThat(page("/disclosure", UNKNOWN).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"f-unit-error\"",
                "单位名录中没有“" + UNKNOWN + "”", "<option value=\"" + UNKNOWN + "\" selected")
                .doesNotContain("id=\"disclosure-row-");
        for (String url : List.of("/disclosure/indicators", "/disclosure/report")) {
            String field = url.endsWith("report") ? "r-unit" : "i-unit";
            assertThat(page(url, UNKNOWN).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"" + field + "-error\"",
                    "单位名录中没有“" + UNKNOWN + "”", "<option value=\"" + UNKNOWN + "\" selected");
        }
        assertThat(page("/disclosure/indicators", UNKNOWN).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).containsPattern(RECEIVED_NONE);
    }
}
