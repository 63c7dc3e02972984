package org.fazhi.reconsideration;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.reconsideration.internal.Action;
import org.fazhi.reconsideration.internal.CaseState;
import org.fazhi.reconsideration.internal.Command;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Data scope on pages and API: the office acts on all cases, a city leader reads, a unit sees and answers only
 * cases against it; forged ids give 404/403 and change nothing; a stale form gets a clear message.
 */
@IntegrationTest
class ReconsiderationAccessIT {

    static final String PASSWORD = "Fazhi@2026demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    ReconsiderationFixtures fx;

    private long acceptedCaseAgainstChuanshan() {
        long id = fx.register(fx.unit(ReconsiderationFixtures.CHUANSHAN), of(2025, 9, 22), of(2025, 9, 1), true);
        fx.act(id, Command.on(Action.ACCEPT, of(2025, 9, 26)).withCode("ORDINARY"));
        fx.act(id, Action.SEND_COPY, of(2025, 9, 29));
        return id;
    }

    @Test
    void liaisonOfAnotherUnitGetsNotFoundOnPageAndApiAndCannotAct() throws Exception {
        long id = acceptedCaseAgainstChuanshan();
        long version = fx.read(id).version();
        mvc.perform(get("/reconsideration/" + id).with(fx.as("liaison-fgw"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/reconsideration/cases/" + id).with(httpBasic("liaison-fgw", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/reconsideration/" + id + "/actions").with(csrf()).with(fx.as("liaison-fgw"))
                        .param("version", Long.toString(version)).param("action", "RECORD_ANSWER")
                        .param("date", "2025-10-09"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/reconsideration/cases/" + id + "/actions").with(httpBasic("liaison-fgw", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"action\":\"RECORD_ANSWER\",\"date\":\"2025-10-09\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/reconsideration/cases").with(httpBasic("liaison-fgw", PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("\"id\":" + id + ","))));
        assertThat(fx.read(id).version()).isEqualTo(version);
        assertThat(fx.read(id).file().answerOn()).isNull();
    }

    @Test
    void respondentsLiaisonSeesTheCaseRecordsTheAnswerButCannotDecide() throws Exception {
        long id = acceptedCaseAgainstChuanshan();
        mvc.perform(get("/reconsideration").with(fx.as("liaison"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("case-" + id + "\"")));
        mvc.perform(get("/reconsideration/" + id).with(fx.as("leader"))).andExpect(status().isOk());
        mvc.perform(get("/reconsideration/" + id).param("lang", "en").with(fx.as("liaison"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Decision (Art. 62)"),
                        org.hamcrest.Matchers.containsString("Record the answer of the respondent"))));
        long version = fx.read(id).version();
        mvc.perform(post("/api/reconsideration/cases/" + id + "/actions").with(httpBasic("liaison", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"action\":\"DECIDE\",\"date\":\"2025-10-20\",\"code\":\"REVOKE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reconsideration/" + id + "/actions").with(csrf()).with(fx.as("leader"))
                        .param("version", Long.toString(version)).param("action", "RECORD_ANSWER").param("date", "2025-10-09"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reconsideration/" + id + "/actions").with(csrf()).with(fx.as("liaison"))
                        .param("version", Long.toString(version)).param("action", "RECORD_ANSWER").param("date", "2025-10-09"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "reconsideration.saved"));
        assertThat(fx.read(id).file().answerOn()).isEqualTo(of(2025, 10, 9));
        assertThat(fx.read(id).events().get(fx.read(id).events().size() - 1).actor()).isEqualTo("liaison");
    }

    @Test
    void cityLeaderReadsButCannotRegisterOrAct() throws Exception {
        long id = acceptedCaseAgainstChuanshan();
        mvc.perform(get("/reconsideration/" + id).with(fx.as("cityleader"))).andExpect(status().isOk());
        mvc.perform(get("/reconsideration/new").with(fx.as("cityleader"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/reconsideration/cases").with(httpBasic("cityleader", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"applicant\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reconsideration/" + id + "/actions").with(csrf()).with(fx.as("cityleader"))
                        .param("version", Long.toString(fx.read(id).version())).param("action", "VOID").param("reason", "x"))
                .andExpect(status().isForbidden());
        assertThat(fx.read(id).file().state()).isEqualTo(CaseState.ACCEPTED);
        mvc.perform(get("/reconsideration").with(fx.as("secadmin"))).andExpect(status().isForbidden());
    }

    @Test
    void staleFormGetsAClearMessageAndApiRefusalsNameTheArticle() throws Exception {
        long id = acceptedCaseAgainstChuanshan();
        long old = fx.read(id).version();
        fx.act(id, Action.RECORD_ANSWER, of(2025, 10, 9));
        mvc.perform(post("/reconsideration/" + id + "/actions").with(csrf()).with(fx.as("coordinator"))
                        .param("version", Long.toString(old)).param("action", "SUSPEND").param("date", "2025-10-10")
                        .param("reason", "x"))
                .andExpect(flash().attribute("flashError", "error.reconsideration.stale"));
        long version = fx.read(id).version();
        mvc.perform(post("/api/reconsideration/cases/" + id + "/actions").with(httpBasic("coordinator", PASSWORD))
                        .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"action\":\"EXTEND\",\"date\":\"2025-10-20\",\"days\":45,\"note\":\"张某\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.messageKey").value("error.reconsideration.extension.tooLong"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("第六十二条")));
        mvc.perform(get("/api/reconsideration/cases/" + id).with(httpBasic("coordinator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'DECISION')].explanation.rule.article").value(62));
    }

    @Test
    void coordinatorRegistersThroughTheApiAndTheFormRefusesBadDates() throws Exception {
        long unit = fx.unit(ReconsiderationFixtures.CHUANSHAN);
        mvc.perform(post("/api/reconsideration/cases").with(httpBasic("coordinator", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicant\":\"API申请人\",\"respondentUnitId\":" + unit + ",\"act\":\"责令停产停业\","
                                + "\"channel\":\"ONLINE\",\"receivedOn\":\"2025-03-03\",\"knewOn\":\"2025-02-10\",\"toldOfRight\":true}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNumber());
        mvc.perform(post("/reconsideration").with(csrf()).with(fx.as("coordinator"))
                        .param("applicant", "表单申请人").param("respondentUnitId", Long.toString(unit)).param("act", "x")
                        .param("channel", "POST").param("receivedOn", "2025-03-03").param("knewOn", "2025-03-05")
                        .param("toldOfRight", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("第二十条")));
        mvc.perform(get("/v3/api-docs").with(fx.as("coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/api/reconsideration/cases/{id}/actions")));
    }
}
