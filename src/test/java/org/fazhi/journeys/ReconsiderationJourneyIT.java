package org.fazhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The office runs a 行政复议 case in the browser: registers an application received just before National Day
 * 2025, sees the review deadline explained (make-up Sunday 09-28 counted, 10-01…10-08 skipped), accepts it,
 * records the decision; the respondent's liaison then sees the closed case.
 */
@IntegrationTest
class ReconsiderationJourneyIT {

    static final String PASSWORD = "Fazhi@2026demo";

    @LocalServerPort
    int port;

    @Test
    void officeRegistersAcceptsAndDecidesWithEveryDeadlineExplained() throws Exception {
        String applicant = "旅程申请人" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open(port)) {
            browser.logIn("coordinator", PASSWORD);
            browser.click(By.linkText("行政复议"));
            browser.click(By.id("register-link"));
            browser.type(By.id("applicant"), applicant);
            new Select(browser.find(By.id("respondentUnitId"))).selectByVisibleText("船山区");
            browser.type(By.id("act"), "行政处罚决定书（船执罚〔2025〕8号）");
            browser.paste(By.id("receivedOn"), "2025-09-26");
            browser.paste(By.id("knewOn"), "2025-09-01");
            browser.click(By.id("register-submit"));

            // review: 5 working days after Fri 09-26 — Sun 09-28 (make-up) 1, 09-29 2, 09-30 3,
            // [10-01…10-08 国庆节、中秋节], 10-09 4, Fri 10-10 5
            assertThat(browser.text(By.id("case-title"))).contains(applicant, "船山区");
            assertThat(browser.text(By.id("due-ACCEPTANCE_REVIEW"))).isEqualTo("2025-10-10");
            browser.click(By.cssSelector("#explain-ACCEPTANCE_REVIEW summary"));
            String explained = browser.text(By.id("explain-ACCEPTANCE_REVIEW"));
            assertThat(explained).contains("2025-09-28", "2025-10-01", "国庆节", "第30条");

            browser.paste(By.id("ACCEPT-date"), "2025-10-09");
            browser.click(By.id("ACCEPT-submit"));
            browser.waitForText("已保存");
            assertThat(browser.text(By.id("case-state"))).isEqualTo("审理中");
            // copy: 7 working days after Thu 10-09 — 10-10 1, Sat 10-11 (make-up) 2, 10-13…10-17 3–7
            assertThat(browser.text(By.id("due-COPY_TO_RESPONDENT"))).isEqualTo("2025-10-17");
            // decision: 60 days after 10-09 — 10-31 is day 22, 11-30 day 52, Mon 12-08 day 60
            assertThat(browser.text(By.id("due-DECISION"))).isEqualTo("2025-12-08");

            browser.paste(By.id("DECIDE-date"), "2025-11-20");
            new Select(browser.find(By.id("DECIDE-code"))).selectByValue("REVOKE");
            browser.click(By.id("DECIDE-submit"));
            browser.waitForText("已保存");
            assertThat(browser.text(By.id("case-state"))).isEqualTo("已审结");
            assertThat(browser.text(By.id("case-decision"))).contains("撤销", "第64条");
            assertThat(browser.text(By.id("timeline"))).contains("登记申请", "受理", "作出决定/结案", "coordinator");
            String url = browser.url();

            browser.go("/reconsideration?state=DECIDED");
            assertThat(browser.pageText()).contains(applicant);
            browser.click(By.id("logout"));
            browser.logIn("liaison-fgw", PASSWORD);
            browser.go(url.substring(url.indexOf("/reconsideration")));
            assertThat(browser.pageText()).doesNotContain(applicant);
        }
    }
}
