package org.fazhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A unit liaison registers a lawsuit, sees the defence deadline explained and records a hearing without a head. */
@IntegrationTest
class LitigationJourneyIT {

    static final String DEMO_PASSWORD = "Fazhi@2026demo";

    @LocalServerPort
    int port;

    private static void setDate(Browser browser, String id, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(By.id(id)), isoDate);
    }

    @Test
    void liaisonRegistersALawsuitAndRecordsAHearing() throws Exception {
        String caseNumber = "(2025)川0903行初" + UUID.randomUUID().toString().substring(0, 6) + "号";
        try (Browser browser = Browser.open(port)) {
            browser.logIn("liaison", DEMO_PASSWORD);
            browser.click(By.linkText("行政应诉"));
            browser.click(By.id("new-case"));
            browser.type(By.id("court"), "遂宁市船山区人民法院");
            browser.type(By.id("caseNumber"), caseNumber);
            browser.type(By.id("plaintiff"), "赵六");
            browser.type(By.id("act"), "行政处罚决定书");
            browser.click(By.id("litigation-submit"));
            assertThat(browser.text(By.id("litigation-error"))).contains("第六十七条");
            setDate(browser, "complaintReceivedOn", "2025-09-20");
            browser.click(By.id("litigation-submit"));
            assertThat(browser.text(By.id("case-title"))).isEqualTo(caseNumber);
            // 15 days after 09-20 end on Sun 10-05 in the National Day holiday → first working day 10-09
            assertThat(browser.text(By.id("deadline-defence-date"))).isEqualTo("2025-10-09");
            setDate(browser, "hearing-on", "2025-10-20");
            new Select(browser.find(By.id("hearing-appearance"))).selectByValue("OTHER_STAFF");
            browser.click(By.id("hearing-submit"));
            browser.waitForText("负责人未出庭的，须选择理由");
            setDate(browser, "hearing-on", "2025-10-20");
            new Select(browser.find(By.id("hearing-appearance"))).selectByValue("OTHER_STAFF");
            new Select(browser.find(By.id("hearing-excuse"))).selectByValue("IRREPLACEABLE_DUTY");
            browser.click(By.id("hearing-submit"));
            browser.waitForText("第八条第三项");
            assertThat(browser.text(By.id("hearings"))).contains("2025-10-20", "其他工作人员", "第八条第三项");
            assertThat(browser.text(By.id("timeline"))).contains("登记案件", "记录开庭");
        }
    }
}
