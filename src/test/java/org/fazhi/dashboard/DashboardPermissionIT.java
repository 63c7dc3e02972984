package org.fazhi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every dashboard endpoint as every role: the office and city leaders read it; unit liaisons and leaders (of
 * any unit) and the administrators get 403; nobody signed in is sent to the login page.
 */
@IntegrationTest
class DashboardPermissionIT {

    static final List<String> ALLOWED = List.of("coordinator", "cityleader");
    static final List<String> REFUSED = List.of("liaison", "leader", "liaison-fgw", "secadmin", "auditor");

    @Autowired
    DashboardFixtures fixtures;
    @Autowired
    MockMvc mvc;

    @Test
    void onlyTheOfficeAndCityLeadersSeeTheDashboardItsListsAndItsExport() throws Exception {
        String plan = String.valueOf(fixtures.plan2025());
        long county = fixtures.unit(DashboardFixtures.CHUANSHAN);
        List<String> endpoints = List.of("/dashboard", "/dashboard?plan=" + plan,
                "/dashboard/assignments?plan=" + plan + "&filter=late",
                "/dashboard/assignments?plan=" + plan + "&unit=" + county,
                "/dashboard/assignments?plan=" + plan + "&kind=COUNTY_GOVERNMENT&filter=all",
                "/dashboard/export.xlsx?plan=" + plan);
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String endpoint : endpoints) {
            for (String user : ALLOWED) {
                seen.put(user + " " + endpoint, status(endpoint, user));
                expected.put(user + " " + endpoint, 200);
            }
            for (String user : REFUSED) {
                seen.put(user + " " + endpoint, status(endpoint, user));
                expected.put(user + " " + endpoint, 403);
            }
            // a browser (asking for HTML) is sent to the login page
            seen.put("anonymous " + endpoint, mvc.perform(get(endpoint).accept(MediaType.TEXT_HTML)).andReturn()
                    .getResponse().getStatus());
            expected.put("anonymous " + endpoint, 302);
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void theNavigationOffersTheDashboardOnlyToThoseWhoMayOpenIt() throws Exception {
        for (String user : ALLOWED) {
            assertThat(home(user)).as(user).contains("href=\"/dashboard\"");
        }
        for (String user : REFUSED) {
            assertThat(home(user)).as(user).doesNotContain("href=\"/dashboard\"");
        }
    }

    @Test
    void anUnknownPlanOrKindIsNotFound() throws Exception {
        assertThat(status("/dashboard?plan=987654321", "cityleader")).isEqualTo(404);
        assertThat(status("/dashboard/assignments?plan=987654321", "coordinator")).isEqualTo(404);
        String plan = String.valueOf(fixtures.plan2025());
        assertThat(status("/dashboard/assignments?plan=" + plan + "&kind=NOPE", "coordinator")).isEqualTo(404);
    }

    private int status(String endpoint, String user) throws Exception {
        return mvc.perform(get(endpoint).with(fixtures.as(user))).andReturn().getResponse().getStatus();
    }

    private String home(String user) throws Exception {
        return mvc.perform(get("/").with(fixtures.as(user))).andReturn().getResponse().getContentAsString();
    }
}
