package org.fazhi.reconsideration;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.fazhi.reconsideration.internal.Action;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Case files: stored through the attachment module, recorded as a step, downloadable only within scope. */
@IntegrationTest
class ReconsiderationFilesIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    ReconsiderationFixtures fx;

    @Test
    void officeAndRespondentUploadOthersCannotSeeOrForgeAFileOfAnotherCase() throws Exception {
        long unit = fx.unit(ReconsiderationFixtures.CHUANSHAN);
        long id = fx.register(unit, of(2025, 9, 22), of(2025, 9, 1), true);
        long other = fx.register(unit, of(2025, 9, 22), of(2025, 9, 1), true);
        mvc.perform(multipart("/reconsideration/" + id + "/files")
                        .file(new MockMultipartFile("file", "行政复议申请书.pdf", "application/pdf", PDF))
                        .with(csrf()).with(fx.as("coordinator")))
                .andExpect(flash().attribute("flash", "reconsideration.fileSaved"));
        MvcResult answer = mvc.perform(multipart("/api/reconsideration/cases/" + id + "/files")
                        .file(new MockMultipartFile("file", "答复书.pdf", "application/pdf", PDF))
                        .with(httpBasic("liaison", ReconsiderationAccessIT.PASSWORD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("PDF")).andReturn();
        long fileId = Long.parseLong(answer.getResponse().getContentAsString().replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(get("/reconsideration/" + id + "/files/" + fileId).with(fx.as("leader")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        mvc.perform(get("/reconsideration/" + id + "/files/" + fileId).with(fx.as("liaison-fgw")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reconsideration/" + other + "/files/" + fileId).with(fx.as("coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/reconsideration/" + id + "/files")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF))
                        .with(csrf()).with(fx.as("cityleader")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/reconsideration/" + id + "/files")
                        .file(new MockMultipartFile("file", "run.pdf", "application/pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                        .with(csrf()).with(fx.as("coordinator")))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.startsWith("error.attachment.")));
        assertThat(fx.read(id).events()).filteredOn(e -> e.command().action() == Action.ATTACH)
                .extracting(e -> e.actor() + ":" + e.command().note())
                .containsExactly("coordinator:行政复议申请书.pdf", "liaison:答复书.pdf");
        mvc.perform(get("/reconsideration/" + id).with(fx.as("coordinator"))).andExpect(status().isOk());
    }
}
