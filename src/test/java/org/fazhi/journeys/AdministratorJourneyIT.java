package org.fazhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Browser journeys of the system administrator in a real headless Chromium. */
@IntegrationTest
class AdministratorJourneyIT {

    @LocalServerPort
    int port;

    @Test
    void administratorLogsInSeesChineseHomeAndLogsOut() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.logIn("admin", IntegrationTest.ADMIN_PASSWORD);
            assertThat(browser.pageText()).contains("法治政府建设工作平台", "系统管理员");
            browser.click(By.id("logout"));
            assertThat(browser.url()).endsWith("/login?logout");
            assertThat(browser.pageText()).contains("您已安全退出");
        }
    }

    @Test
    void englishIsOneClickAwayAndRemembered() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.go("/login?lang=en");
            assertThat(browser.pageText()).contains("Log in");
            browser.go("/login");
            assertThat(browser.pageText()).contains("User name");
        }
    }
}
