package org.fazhi.plan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Notices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The plans API: parse without saving, import, refusals, access. */
@IntegrationTest
class PlanApiIT {

    @Autowired
    MockMvc mvc;

    @Test
    void coordinatorParsesTheSeedIntoTheJsonContract() throws Exception {
        mvc.perform(post("/api/plans/parse").with(user("c").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.TEXT_PLAIN).content(Notices.seed()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.docNumber").value("遂府办函〔2021〕35号"))
                .andExpect(jsonPath("$.issuedOn").value("2021-08-02"))
                .andExpect(jsonPath("$.sections.length()").value(7))
                .andExpect(jsonPath("$.sections[0].tasks[0].responsibilities[0].collective").value(true));
    }

    @Test
    void uploadedFileIsParsedToo() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "seed.txt", "text/plain", Notices.seed());
        mvc.perform(multipart("/api/plans/parse").file(file).with(user("c").roles("COORDINATOR")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sections[6].tasks.length()").value(2));
    }

    @Test
    void binaryFileIsRefusedWithAReasonInTheUsersLanguage() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "x.docx", "application/octet-stream", new byte[] {1, 2, 0, 4});
        mvc.perform(multipart("/api/plans/parse").file(file).with(user("c").roles("COORDINATOR")).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.messageKey").exists());
    }

    @Test
    void importWithUnknownUnitsIsRefusedAndNamesThem() throws Exception {
        String text = Notices.notice(Notices.docNumber(), "推进政务公开。提高质量。(责任单位:市月球开发局)");
        mvc.perform(post("/api/plans").with(user("c").roles("COORDINATOR")).with(csrf())
                        .contentType(MediaType.TEXT_PLAIN).content(text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.unknownNames[0]").value("市月球开发局"));
    }

    @Test
    void apiClientWithBasicAuthImportsWithoutCsrfToken() throws Exception {
        String text = Notices.notice(Notices.docNumber(), "推进政务公开。提高质量。(责任单位:市司法局)");
        mvc.perform(post("/api/plans").with(user("c").roles("COORDINATOR")).with(httpBasic("c", "x"))
                        .contentType(MediaType.TEXT_PLAIN).content(text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reimport").value(false));
    }

    @Test
    void onlyTheCoordinatorParsesOrImports() throws Exception {
        for (String role : new String[] {"UNIT_LIAISON", "UNIT_LEADER", "CITY_LEADER", "SYSTEM_ADMIN"}) {
            mvc.perform(post("/api/plans").with(user("u").roles(role)).with(csrf())
                    .contentType(MediaType.TEXT_PLAIN).content("x")).andExpect(status().isForbidden());
            mvc.perform(get("/plans/import").with(user("u").roles(role))).andExpect(status().isForbidden());
        }
    }

    @Test
    void openApiDescribesThePlansApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/plans/parse']").exists())
                .andExpect(jsonPath("$.paths['/api/plans']").exists());
    }
}
