package org.fazhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.organization.NameResolution;
import org.fazhi.organization.UnitDirectory;
import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Browser journeys of the system administrator in a real headless Chromium. */
@IntegrationTest
class AdministratorJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    UnitDirectory directory;

    @Test
    void administratorLogsInSeesChineseHomeAndLogsOut() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.logIn("admin", IntegrationTest.ADMIN_PASSWORD);
            assertThat(browser.pageText()).contains("法治政府建设工作平台", "系统管理员");
            browser.click(By.id("logout"));
            browser.waitForText("您已安全退出");
            assertThat(browser.url()).endsWith("/login?logout");
        }
    }

    @Test
    void administratorSeesTheUnitRegistryInChineseAddsAnAliasAndLogsOut() throws Exception {
        long audit = ((NameResolution.Resolved) directory.resolve("市审计局")).unitId();
        String alias = "审计局" + System.nanoTime() % 100000;
        try (Browser browser = Browser.open(port)) {
            browser.logIn("admin", IntegrationTest.ADMIN_PASSWORD);
            browser.go("/admin/units");
            String registry = browser.text(By.id("units-table"));
            assertThat(registry).contains("市司法局", "船山区", "遂宁经济技术开发区", "市发展改革委");
            browser.type(By.cssSelector("#alias-form-" + audit + " input[name=alias]"), alias)
                    .click(By.id("alias-submit-" + audit));
            browser.waitForText(alias);
            browser.go("/admin/units/" + audit);
            assertThat(browser.text(By.id("aliases"))).contains(alias);
            browser.click(By.id("logout"));
            browser.waitForText("您已安全退出");
            assertThat(browser.url()).endsWith("/login?logout");
        }
        assertThat(directory.resolve(alias)).isInstanceOf(NameResolution.Resolved.class);
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
