package org.fazhi.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 通报 over the REST API: an empty period is refused with a clear message; draft, edit, publish, read, Word. */
@IntegrationTest
class CircularsApiIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SupervisionFixtures fixtures;
    @Autowired
    MockMvc mvc;

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request.with(csrf()).with(fixtures.as(user))).andReturn().getResponse();
    }

    @Test
    void aCircularForAPeriodWithNothingDueIsRefusedWithAClearMessage() throws Exception {
        long plan = fixtures.plan2026();
        String body = "{\"planId\":" + plan + ",\"from\":\"2025-01-01\",\"to\":\"2025-03-31\"}";
        MockHttpServletResponse zh = call(post("/api/supervision/circulars"),
                "coordinator", body);
        assertThat(zh.getStatus()).isEqualTo(422);
        JsonNode problem = JSON.readTree(zh.getContentAsString());
        assertThat(problem.get("messageKey").asString()).isEqualTo("error.supervision.circular.empty");
        assertThat(problem.get("detail").asString()).isEqualTo("2025-01-01至2025-03-31没有应报送的进展，不能生成通报。");
        MockHttpServletResponse en = call(post("/api/supervision/circulars")
                .cookie(new jakarta.servlet.http.Cookie("FAZHI_LANG", "en")), "coordinator", body);
        assertThat(JSON.readTree(en.getContentAsString()).get("detail").asString())
                .isEqualTo("No report was due from 2025-01-01 to 2025-03-31; there is nothing to circulate.");
    }

    @Test
    void theOfficeDraftsEditsAndPublishesOthersReadOnceItIsPublished() throws Exception {
        long plan = fixtures.plan2026();
        MockHttpServletResponse drafted = call(post("/api/supervision/circulars"), "coordinator",
                "{\"planId\":" + plan + ",\"from\":\"2026-01-01\",\"to\":\"2026-06-30\"}");
        assertThat(drafted.getStatus()).isEqualTo(201);
        JsonNode draft = JSON.readTree(drafted.getContentAsString());
        long id = draft.get("id").asLong();
        assertThat(draft.get("body").asString()).contains("船山区（逾期1份）");
        assertThat(call(get("/api/supervision/circulars/" + id), "liaison", null).getStatus()).isEqualTo(404);
        assertThat(call(post("/api/supervision/circulars"), "liaison",
                "{\"planId\":" + plan + ",\"from\":\"2026-01-01\",\"to\":\"2026-06-30\"}").getStatus()).isEqualTo(403);

        MockHttpServletResponse edited = call(put("/api/supervision/circulars/" + id), "coordinator",
                "{\"version\":" + draft.get("version").asLong() + ",\"title\":\"关于上半年进展的通报\",\"body\":\"正文\"}");
        JsonNode after = JSON.readTree(edited.getContentAsString());
        assertThat(after.get("title").asString()).isEqualTo("关于上半年进展的通报");
        assertThat(call(put("/api/supervision/circulars/" + id), "coordinator", "{\"version\":"
                + draft.get("version").asLong() + ",\"title\":\"旧版本\",\"body\":\"正文\"}").getStatus()).isEqualTo(422);

        MockHttpServletResponse published = call(post("/api/supervision/circulars/" + id + "/publish"), "coordinator",
                "{\"version\":" + after.get("version").asLong() + ",\"audience\":\"ALL_UNITS\"}");
        assertThat(JSON.readTree(published.getContentAsString()).get("published").asBoolean()).isTrue();
        assertThat(call(get("/api/supervision/circulars/" + id), "liaison", null).getStatus()).isEqualTo(200);
        assertThat(call(get("/api/supervision/circulars"), "liaison", null).getContentAsString())
                .contains("关于上半年进展的通报");
        MockHttpServletResponse word = call(get("/api/supervision/circulars/" + id + "/document.docx"), "liaison", null);
        assertThat(word.getStatus()).isEqualTo(200);
        assertThat(word.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
        assertThat(call(put("/api/supervision/circulars/" + id), "coordinator", "{\"version\":"
                + (after.get("version").asLong() + 1) + ",\"title\":\"改\",\"body\":\"改\"}").getStatus()).isEqualTo(422);
        String officePage = call(get("/supervision/circulars/" + id), "coordinator", null).getContentAsString();
        assertThat(officePage).contains("id=\"raise-form\"").contains("value=\"CIRCULAR\"")
                .contains(">船山区<").contains(">市发展改革委<");
        assertThat(call(get("/supervision/circulars/" + id), "cityleader", null).getContentAsString())
                .doesNotContain("raise-form").contains("rectifications-raised");
        String docs = mvc.perform(get("/v3/api-docs").with(fixtures.as("coordinator"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(docs).contains("/api/supervision/circulars/{id}/publish")
                .contains("/api/supervision/rectifications/{id}/review");
    }
}
