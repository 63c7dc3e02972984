package org.fazhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.fazhi.support.Notices;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The coordinator turns a notice into a ledger in the browser. */
@IntegrationTest
class CoordinatorImportJourneyIT {

    static final String DEMO_PASSWORD = "Fazhi@2026demo";

    @LocalServerPort
    int port;

    @Test
    void coordinatorPastesTheSeedSeesThePreviewSavesAndSeesThePlan() throws Exception {
        String seed = new String(Notices.seed(), StandardCharsets.UTF_8);
        try (Browser browser = Browser.open(port)) {
            browser.logIn("coordinator", DEMO_PASSWORD);
            browser.go("/plans/import").paste(By.id("text"), seed).click(By.id("preview-submit"));
            assertThat(browser.text(By.id("doc-number"))).isEqualTo("遂府办函〔2021〕35号");
            assertThat(browser.text(By.id("notice-header"))).contains("7 个部分，24 项重点任务");
            assertThat(browser.text(By.id("task-24"))).contains("自觉接受监督", "市政府办公室", "市审计局");
            browser.click(By.id("save-plan"));
            assertThat(browser.text(By.id("plan-title"))).isEqualTo("遂宁市人民政府2021年度法治政府建设重点工作安排");
            assertThat(browser.text(By.id("plan-task-3"))).contains("统筹规划法治政府建设工作", "市司法局");
            browser.waitForText("工作安排已保存");
        }
    }

    @Test
    void coordinatorSeesAnUnknownUnitCreatesItAndThenSaves() throws Exception {
        String notice = Notices.notice(Notices.docNumber(), "推进政务公开。提高质量。(责任单位:市海洋局、市司法局)");
        try (Browser browser = Browser.open(port)) {
            browser.logIn("coordinator", DEMO_PASSWORD);
            browser.go("/plans/import").paste(By.id("text"), notice).click(By.id("preview-submit"));
            assertThat(browser.text(By.id("unknown-units"))).contains("市海洋局");
            assertThat(browser.find(By.id("save-plan")).isEnabled()).isFalse();
            browser.click(By.id("create-unit-0"));
            browser.waitForText("单位已新建");
            assertThat(browser.find(By.id("save-plan")).isEnabled()).isTrue();
            browser.click(By.id("save-plan"));
            assertThat(browser.text(By.id("plan-task-1"))).contains("市海洋局", "市司法局");
        }
    }

    @Test
    void tooLargeAFileIsRefusedWithAMessageInChinese() throws Exception {
        java.nio.file.Path big = java.nio.file.Files.createTempFile("huge-notice", ".txt");
        java.nio.file.Files.write(big, new byte[6 * 1024 * 1024]);
        try (Browser browser = Browser.open(port)) {
            browser.logIn("coordinator", DEMO_PASSWORD);
            browser.go("/plans/import");
            browser.find(By.id("file")).sendKeys(big.toString());
            browser.click(By.id("preview-submit"));
            assertThat(browser.waitForText("文件过大")).contains("上限为");
        } finally {
            java.nio.file.Files.deleteIfExists(big);
        }
    }
}
