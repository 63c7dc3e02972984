package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The system administrator maintains the calendar in a real headless Chromium — the multipart form with its
 * CSRF token, a refused file, an accepted upload, and the month page showing the new holiday.
 */
@IntegrationTest
class CalendarAdminJourneyIT {

    @LocalServerPort
    int port;

    @Test
    void administratorIsToldWhatIsWrongThenUploadsAYearAndSeesItOnTheMonthPage() throws Exception {
        Path file = Files.createTempFile("calendar-2035-", ".json");
        Files.writeString(file, """
                {"year": 2035, "papers": ["https://www.gov.cn/journey"], "days": [
                  {"name": "元旦", "date": "2035-01-01", "isOffDay": true}
                ]}
                """);
        try (Browser browser = Browser.open(port)) {
            browser.logIn("admin", IntegrationTest.ADMIN_PASSWORD);
            browser.go("/admin/calendar");
            browser.paste(By.id("json"), """
                    {"year": 2035, "days": [
                      {"name": "元旦", "date": "2036-01-01", "isOffDay": true}
                    ]}""");
            browser.click(By.id("calendar-submit"));
            assertThat(browser.text(By.id("file-problems"))).contains("2036-01-01", "不在2035年内");
            assertThat(browser.pageText()).doesNotContain("2035 内置数据");

            browser.paste(By.id("json"), "");
            browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            browser.click(By.id("calendar-submit"));
            assertThat(browser.pageText()).contains("工作日历已更新");
            assertThat(browser.text(By.id("year-2035"))).contains("管理员修订", "admin");

            browser.go("/calendar?month=2035-01");
            assertThat(browser.text(By.id("day-2035-01-01"))).contains("休", "元旦");
            assertThat(browser.pageText()).doesNotContain("2035年尚无国务院节假日安排数据");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
