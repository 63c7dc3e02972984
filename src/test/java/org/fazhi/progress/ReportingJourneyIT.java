package org.fazhi.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.progress.internal.ProgressQueries;
import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The loop in a real browser: the county's liaison signs for a task and reports with a PDF; the office returns
 * it with a comment; the liaison revises; the office accepts and the light turns green.
 */
@IntegrationTest
class ReportingJourneyIT {

    static final String PASSWORD = "Fazhi@2026demo";

    @LocalServerPort
    int port;
    @Autowired
    ProgressFixtures fixtures;
    @Autowired
    ProgressQueries queries;

    @Test
    void aLiaisonSignsAndReportsWithAnAttachmentTheOfficeReturnsItThenAcceptsTheRevision() throws Exception {
        long plan = fixtures.plan2026();
        long id = fixtures.assignment(plan, ProgressFixtures.CHUANSHAN).assignment().id();
        Path pdf = Files.createTempFile("evidence", ".pdf");
        Files.write(pdf, ProgressFixtures.pdf());
        try (Browser liaison = Browser.open(port)) {
            liaison.logIn("liaison", PASSWORD);
            liaison.click(By.linkText("进度填报"));
            assertThat(liaison.text(By.id("assignment-" + id))).contains("加强行政执法监督").contains("待签收");
            liaison.click(By.cssSelector("#assignment-" + id + " a"));
            liaison.click(By.id("sign"));
            assertThat(liaison.waitForText("已签收。")).contains("红灯");
            liaison.go("/progress/assignments/" + id + "?period=2026-Q3");
            assertThat(liaison.pageText()).contains("2026年第3季度").doesNotContain("2,026");
            new Select(liaison.find(By.id("report-status"))).selectByVisibleText("已完成");
            liaison.type(By.id("report-done"), "已完成执法案卷评查 120 件");
            liaison.find(By.id("report-files")).sendKeys(pdf.toAbsolutePath().toString());
            liaison.click(By.id("submit-report"));
            liaison.waitForText("进展已提交。");
            assertThat(liaison.pageText()).contains("已报送，待审核").contains(pdf.getFileName().toString());
        }
        try (Browser office = Browser.open(port)) {
            office.logIn("coordinator", PASSWORD);
            office.click(By.linkText("审核督办"));
            assertThat(office.pageText()).contains("已完成执法案卷评查 120 件");
            office.go("/progress/assignments/" + id);
            office.type(By.cssSelector(".review-form .review-comment"), "请附评查问题清单");
            office.click(By.cssSelector(".review-form .review-return"));
            assertThat(office.waitForText("审核意见已保存。")).contains("已退回").contains("请附评查问题清单");
        }
        try (Browser liaison = Browser.open(port)) {
            liaison.logIn("liaison", PASSWORD);
            liaison.go("/progress/assignments/" + id + "?period=2026-Q3");
            assertThat(liaison.text(By.id("report-done"))).contains("已完成执法案卷评查 120 件");
            liaison.type(By.id("report-done"), "已完成执法案卷评查 120 件，问题清单已整改");
            liaison.click(By.id("submit-report"));
            assertThat(liaison.waitForText("进展已提交。")).contains("第2版");
        }
        try (Browser office = Browser.open(port)) {
            office.logIn("coordinator", PASSWORD);
            office.go("/progress/assignments/" + id);
            office.click(By.cssSelector(".review-form .review-accept"));
            assertThat(office.waitForText("审核意见已保存。")).contains("审核通过").contains("绿灯");
        }
        assertThat(queries.versions(id)).hasSize(2);
        Files.deleteIfExists(pdf);
    }
}
