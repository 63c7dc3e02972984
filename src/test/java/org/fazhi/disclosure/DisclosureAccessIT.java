package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.fazhi.disclosure.internal.DisclosureRequest;
import org.fazhi.disclosure.internal.RequesterType;
import org.fazhi.disclosure.internal.Status;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Data scope of the register: pages, forms and API, with forged ids. */
@IntegrationTest
class DisclosureAccessIT {

    static final String CHUANSHAN = "船山区人民政府";
    static final String FGW = "市发展改革委";
    static final String DEMO_PASSWORD = "Fazhi@2026demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    DisclosureFixtures fixtures;
    @Autowired
    org.fazhi.calendar.CalendarManagement calendar;

    private DisclosureRequest chuanshanRequest() {
        return fixtures.inPerson(fixtures.unit(CHUANSHAN), RequesterType.PERSON, LocalDate.of(2025, 9, 19));
    }

    @Test
    void liaisonRegistersForItsOwnUnitOnlyAndRepliesToItsOwnRequests() throws Exception {
        long own = fixtures.unit(CHUANSHAN);
        long other = fixtures.unit(FGW);
        String location = mvc.perform(post("/disclosure").with(fixtures.as("liaison")).with(csrf())
                        .param("unitId", String.valueOf(own)).param("requesterType", "PERSON")
                        .param("requesterName", "王五").param("channel", "ONLINE").param("confirmedOn", "2025-09-19")
                        .param("content", "城市规划"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/disclosure").with(fixtures.as("liaison")).with(csrf())
                .param("unitId", String.valueOf(other)).param("requesterType", "PERSON")
                .param("requesterName", "王五").param("channel", "ONLINE").param("confirmedOn", "2025-09-19")
                .param("content", "forged")).andExpect(status().isNotFound());
        mvc.perform(post("/disclosure/" + id + "/reply").with(fixtures.as("liaison")).with(csrf())
                .param("version", "0").param("on", "2025-09-30").param("outcome", "DISCLOSED"))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.reload(id).getStatus()).isEqualTo(Status.CLOSED);
        assertThat(mvc.perform(get("/disclosure/" + id).with(fixtures.as("liaison"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("review-form");
    }

    @Test
    void anotherUnitsRequestIsHiddenAndUntouched() throws Exception {
        DisclosureRequest r = chuanshanRequest();
        mvc.perform(get("/disclosure/" + r.getId()).with(fixtures.as("liaison-fgw"))).andExpect(status().isNotFound());
        mvc.perform(post("/disclosure/" + r.getId() + "/reply").with(fixtures.as("liaison-fgw")).with(csrf())
                .param("version", "0").param("on", "2025-09-30").param("outcome", "DISCLOSED"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/disclosure/" + r.getId()).with(httpBasic("liaison-fgw", DEMO_PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.messageKey").value("error.disclosure.notFound"));
        mvc.perform(post("/api/disclosure/" + r.getId() + "/actions").with(httpBasic("liaison-fgw", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\":\"reply\",\"version\":0,\"on\":\"2025-09-30\",\"outcome\":\"DISCLOSED\"}"))
                .andExpect(status().isNotFound());
        assertThat(fixtures.reload(r.getId()).getStatus()).isEqualTo(Status.OPEN);
        String list = mvc.perform(get("/disclosure").with(fixtures.as("liaison-fgw")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("disclosure-row-" + r.getId() + "\"");
    }

    @Test
    void openDeadlinesReachTheUnitsIcsFeedOnly() {
        DisclosureRequest r = chuanshanRequest();
        String id = "disclosure:" + r.getId() + ":reply";
        assertThat(calendar.openDeadlinesFor("liaison")).anyMatch(d -> d.id().equals(id));
        assertThat(calendar.openDeadlinesFor("coordinator")).anyMatch(d -> d.id().equals(id));
        assertThat(calendar.openDeadlinesFor("liaison-fgw")).noneMatch(d -> d.id().equals(id));
    }

    @Test
    void leaderAndCityLeaderReadButCannotAct() throws Exception {
        DisclosureRequest r = chuanshanRequest();
        for (String reader : new String[] {"leader", "cityleader"}) {
            String page = mvc.perform(get("/disclosure/" + r.getId()).with(fixtures.as(reader)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("deadline-reply").doesNotContain("reply-form");
            mvc.perform(post("/disclosure/" + r.getId() + "/reply").with(fixtures.as(reader)).with(csrf())
                    .param("version", "0").param("on", "2025-09-30").param("outcome", "DISCLOSED"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/disclosure/" + r.getId() + "/actions").with(httpBasic(reader, DEMO_PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"action\":\"void\",\"version\":0,\"reason\":\"x\"}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/disclosure/" + r.getId()).with(fixtures.as("liaison-fgw"))).andExpect(status().isNotFound());
        assertThat(fixtures.reload(r.getId()).getStatus()).isEqualTo(Status.OPEN);
    }

    @Test
    void administratorsHaveNoAccessAndUnitRolesGetOnlyTheirOwnAnnualTable() throws Exception {
        mvc.perform(get("/disclosure").with(user("a").roles("SYSTEM_ADMIN"))).andExpect(status().isForbidden());
        mvc.perform(get("/disclosure/report").param("year", "2025").param("unit", String.valueOf(fixtures.unit(CHUANSHAN)))
                .with(fixtures.as("liaison-fgw"))).andExpect(status().isNotFound());
        mvc.perform(get("/disclosure/report.xlsx").param("year", "2025").with(fixtures.as("liaison")))
                .andExpect(status().isOk());
    }

    @Test
    void liaisonAttachesFilesThatOnlyReadersOfTheUnitCanDownload() throws Exception {
        DisclosureRequest r = chuanshanRequest();
        MockMultipartFile pdf = new MockMultipartFile("file", "申请书.pdf", "application/pdf",
                org.fazhi.attachment.Samples.pdf());
        mvc.perform(multipart("/disclosure/" + r.getId() + "/files").file(pdf).with(fixtures.as("leader")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/disclosure/" + r.getId() + "/files").file(pdf).with(fixtures.as("liaison-fgw")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/disclosure/" + r.getId() + "/files").file(pdf).with(fixtures.as("liaison")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/disclosure/" + r.getId()).with(fixtures.as("leader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/disclosure/" + r.getId() + "/files/(\\d+)")
                .matcher(page);
        assertThat(link.find()).isTrue();
        String download = link.group();
        mvc.perform(get(download).with(fixtures.as("leader"))).andExpect(status().isOk());
        mvc.perform(get(download).with(fixtures.as("liaison-fgw"))).andExpect(status().isNotFound());
        assertThat(page).contains("申请书.pdf");
    }

    @Test
    void apiRegistersWithTheSameRulesAndRefusesAMissingReceiptDate() throws Exception {
        long own = fixtures.unit(CHUANSHAN);
        mvc.perform(post("/api/disclosure").with(httpBasic("liaison", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + own + ",\"requesterType\":\"RESEARCH\",\"requesterName\":\"某研究院\","
                                + "\"channel\":\"REGISTERED_POST\",\"submittedOn\":\"2025-09-22\",\"content\":\"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.messageKey").value("error.disclosure.receipt.missing.signed"));
        mvc.perform(post("/api/disclosure").with(httpBasic("liaison", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + own + ",\"requesterType\":\"RESEARCH\",\"requesterName\":\"某研究院\","
                                + "\"channel\":\"REGISTERED_POST\",\"submittedOn\":\"2025-09-22\",\"signedOn\":\"2025-09-25\","
                                + "\"content\":\"x\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.receivedOn").value("2025-09-25"))
                .andExpect(jsonPath("$.replyDue").value("2025-10-29"));
    }
}
