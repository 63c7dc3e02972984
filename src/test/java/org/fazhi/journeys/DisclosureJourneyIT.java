package org.fazhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A unit liaison registers a disclosure request in the browser, sees its explained deadline and records the reply. */
@IntegrationTest
class DisclosureJourneyIT {

    static final String DEMO_PASSWORD = "Fazhi@2026demo";

    @LocalServerPort
    int port;

    private static void setDate(Browser browser, String id, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(By.id(id)), isoDate);
    }

    @Test
    void liaisonRegistersARequestAndRecordsTheReply() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.logIn("liaison", DEMO_PASSWORD);
            browser.click(By.linkText("依申请公开"));
            browser.click(By.id("new-request"));
            new Select(browser.find(By.id("requesterType"))).selectByVisibleText("法律服务机构");
            browser.type(By.id("requesterName"), "某律师事务所");
            new Select(browser.find(By.id("channel"))).selectByVisibleText("当面提交");
            browser.type(By.id("content"), "2025年国有土地出让信息");
            browser.click(By.id("disclosure-submit"));
            assertThat(browser.text(By.id("disclosure-error"))).contains("第三十一条");
            setDate(browser, "submittedOn", "2025-09-19");
            browser.click(By.id("disclosure-submit"));
            assertThat(browser.text(By.id("case-received"))).contains("2025-09-19");
            assertThat(browser.text(By.id("deadline-reply-date"))).isEqualTo("2025-10-23");
            assertThat(browser.text(By.id("deadline-reply"))).contains("2025-09-28", "2025-10-11", "第33条");
            setDate(browser, "reply-on", "2025-10-20");
            new Select(browser.find(By.id("reply-outcome"))).selectByValue("PARTIAL");
            browser.click(By.id("reply-submit"));
            assertThat(browser.text(By.id("case-status"))).contains("已办结");
            assertThat(browser.text(By.id("case-outcome"))).contains("部分公开");
            assertThat(browser.text(By.id("case-ontime"))).isEqualTo("是");
            assertThat(browser.text(By.id("timeline"))).contains("登记申请", "答复", "liaison");
        }
    }
}
