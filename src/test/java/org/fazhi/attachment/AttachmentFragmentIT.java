package org.fazhi.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The shared fragment lists files the same way for every module, in Chinese by default. */
@IntegrationTest
class AttachmentFragmentIT {

    @Autowired
    Attachments attachments;
    @Autowired
    ITemplateEngine templates;

    @Test
    void listsNameKindSizeChecksumUploaderAndADownloadLinkUnderThePrefix() {
        String owner = "it:fragment:" + UUID.randomUUID();
        StoredFile file = attachments.store(owner, "整改报告", new ByteArrayInputStream(Samples.xlsx()), "liaison-fgw");

        String html = render(Locale.SIMPLIFIED_CHINESE, attachments.of(owner));

        assertThat(html).contains("id=\"attachment-" + file.id() + "\"",
                "href=\"/progress/reports/42/files/" + file.id() + "\"", ">整改报告.xlsx</a>", "Excel 表格",
                file.displaySize(), "title=\"" + file.sha256() + "\">" + file.shortSha256() + "</code>",
                "liaison-fgw", "单个文件不超过 20 MB", "name=\"evidence\"", "accept=\".pdf,.ofd,");
        assertThat(render(Locale.ENGLISH, attachments.of(owner))).contains("Excel workbook", "Up to 20 MB per file");
    }

    @Test
    void saysSoWhenThereAreNoFiles() {
        assertThat(render(Locale.SIMPLIFIED_CHINESE, List.of())).contains("暂无附件").doesNotContain("<table");
    }

    private String render(Locale locale, List<StoredFile> files) {
        MockServletContext servletContext = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse());
        Map<String, Object> variables = new HashMap<>();
        variables.put("files", files);
        variables.put("prefix", "/progress/reports/42/files/");
        variables.put("maxBytes", attachments.maxBytes());
        return templates.process("attachment/fragment-test", new WebContext(exchange, locale, variables));
    }
}
