package org.fazhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.fazhi.dashboard.DashboardJourneyData;
import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A city leader opens the dashboard, sees the charts drawn (SVG), follows the late-unit ranking to the red
 * assignments of the worst unit, and opens one of them.
 */
@IntegrationTest
class DashboardJourneyIT {

    static final String PASSWORD = "Fazhi@2026demo";

    @LocalServerPort
    int port;
    @Autowired
    DashboardJourneyData data;

    private static boolean hasOption(Browser browser, long plan) {
        return !browser.driver().findElements(By.cssSelector("#plan-select option[value='" + plan + "']")).isEmpty();
    }

    @Test
    void cityLeaderDrillsDownFromTheLateUnitRankingToOneLateAssignment() throws Exception {
        long plan = data.planWithLateUnits();
        try (Browser browser = Browser.open(port)) {
            browser.logIn("cityleader", PASSWORD);
            browser.click(By.linkText("工作总览"));
            // the selector lists the shown plan's year; other years are links above it (a province has hundreds a year)
            List<String> years = browser.driver().findElements(By.cssSelector("#plan-years a")).stream()
                    .map(e -> e.getText()).toList();
            for (int i = 0; i < years.size() && !hasOption(browser, plan); i++) {
                browser.click(By.cssSelector("#plan-years a[href$='year=" + years.get(i) + "']"));
            }
            new Select(browser.find(By.id("plan-select"))).selectByValue(String.valueOf(plan));
            browser.click(By.cssSelector("#plan-form button[type=submit]"));
            assertThat(browser.text(By.id("fig-completion"))).contains("25.0%（1/4）");
            assertThat(browser.text(By.id("fig-red"))).contains("2");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-late svg")));
            assertThat(browser.driver().findElements(By.cssSelector("#chart-sections svg"))).isNotEmpty();

            assertThat(browser.text(By.cssSelector("#t-late tbody tr:first-child th"))).isEqualTo("遂宁高新区");
            browser.click(By.cssSelector("#t-late tbody tr:first-child a.late-link"));
            assertThat(browser.text(By.id("list-title"))).contains("红灯");
            assertThat(browser.text(By.id("list-scope"))).contains("遂宁高新区");
            assertThat(browser.text(By.id("list-count"))).contains("1");
            String task = browser.text(By.cssSelector("#assignment-list a.assignment-link"));
            assertThat(task).contains("推进政务公开标准化规范化");
            browser.click(By.cssSelector("#assignment-list a.assignment-link"));
            assertThat(browser.url()).contains("/progress/assignments/");
            assertThat(browser.text(By.id("assignment-title"))).contains("推进政务公开标准化规范化");
        }
    }
}
