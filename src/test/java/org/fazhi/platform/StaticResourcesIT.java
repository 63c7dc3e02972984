package org.fazhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Every script and stylesheet the layout names is served (their paths carry versions, e.g. the htmx webjar). */
@IntegrationTest
class StaticResourcesIT {

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(username = "calendar-reader")
    void everyScriptAndStylesheetOfTheLayoutIsServed() throws Exception {
        String page = mvc.perform(get("/calendar")).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("(?:src|href)=\"(/(?:webjars|css|js)/[^\"]+)\"").matcher(page);
        List<String> paths = new ArrayList<>();
        while (m.find()) {
            paths.add(m.group(1));
        }
        assertThat(paths).anyMatch(p -> p.contains("htmx")).anyMatch(p -> p.endsWith(".css"));
        for (String path : paths) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
        }
    }
}
