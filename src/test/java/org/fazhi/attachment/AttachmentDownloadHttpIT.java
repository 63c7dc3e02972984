package org.fazhi.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A download served through Spring MVC's own handling of {@link StreamingResponseBody} (a stand-alone MockMvc
 * around an endpoint of the test, so the shared application context gets no test-only controller).
 */
@IntegrationTest
class AttachmentDownloadHttpIT {

    @Autowired
    Attachments attachments;

    @Test
    void theBrowserGetsTheBytesAsADownloadWithTheHeadersOfTheHelper() throws Exception {
        String owner = "it:download:" + UUID.randomUUID();
        byte[] png = Samples.image("png");
        StoredFile file = attachments.store(owner, "现场照片.png", new ByteArrayInputStream(png), "liaison");
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Endpoint(owner)).build();

        MvcResult started = mvc.perform(get("/files/{id}", file.id())).andExpect(request().asyncStarted()).andReturn();
        MockHttpServletResponse response = mvc.perform(asyncDispatch(started)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(png);
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; ")
                .endsWith("filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.png");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(response.getHeader("Content-Length")).isEqualTo(String.valueOf(png.length));
    }

    /**
     * What an owning module's download endpoint looks like (its access check left out). An inner, not static,
     * class: component scanning skips it, so it never joins the shared application context.
     */
    @Controller
    final class Endpoint {

        private final String owner;

        Endpoint(String owner) {
            this.owner = owner;
        }

        @GetMapping("/files/{id}")
        ResponseEntity<StreamingResponseBody> download(@PathVariable long id) {
            return attachments.find(owner, id).map(file -> AttachmentDownloads.response(attachments, file))
                    .orElse(ResponseEntity.notFound().build());
        }
    }
}
