package org.fazhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.support.Browser;
import org.fazhi.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The ledger in the browser: the coordinator filters by a county and downloads Excel; a liaison sees its own. */
@IntegrationTest
class LedgerJourneyIT {

    static final String DEMO_PASSWORD = "Fazhi@2026demo";

    @LocalServerPort
    int port;

    private static byte[] download(Browser browser, String href, String expectedType) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(expectedType));
        return response.body();
    }

    @Test
    void coordinatorFiltersThePlanByACountyAndDownloadsItsExcelLedger() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.logIn("coordinator", DEMO_PASSWORD);
            browser.click(By.linkText("工作安排"));
            browser.click(By.partialLinkText("2021年度法治政府建设重点工作安排"));
            assertThat(browser.text(By.id("filter-result"))).contains("24");
            new Select(browser.find(By.id("f-unit"))).selectByVisibleText("船山区");
            browser.click(By.id("filter-submit"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("plan-task-3")));
            assertThat(browser.text(By.id("plan-task-1"))).contains("认真落实领导干部学法用法制度");
            assertThat(browser.text(By.id("filter-result"))).doesNotContain("24");
            String href = browser.find(By.id("export-xlsx")).getAttribute("href");
            assertThat(href).contains("unit=");
            // clicking shows "正在生成…" on the disabled link until the server's response starts the download
            WebElement docx = browser.find(By.id("export-docx"));
            String label = docx.getText();
            // click and read the link in one script: the handler runs inside click(), before any download can finish
            @SuppressWarnings("unchecked")
            java.util.List<Object> busy = (java.util.List<Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].click(); return [arguments[0].textContent, "
                            + "arguments[0].getAttribute('aria-disabled')];", docx);
            assertThat(busy).containsExactly("正在生成…", "true");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElement(docx, label));
            assertThat(docx.getAttribute("aria-disabled")).isNull();
            byte[] file = download(browser, href, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                        .contains("遂府办函〔2021〕35号", "船山区");
            }
        }
    }

    @Test
    void unitLiaisonSeesOnlyItsOwnUnitsTasks() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.logIn("liaison", DEMO_PASSWORD);
            browser.click(By.linkText("本单位任务"));
            assertThat(browser.text(By.id("unit-title"))).contains("船山区");
            List<WebElement> rows = browser.find(By.id("unit-tasks")).findElements(By.cssSelector("tbody tr, tr[id]"));
            assertThat(rows).isNotEmpty();
            assertThat(browser.pageText()).doesNotContain("统筹规划法治政府建设工作");
            browser.go("/plans");
            assertThat(browser.pageText()).doesNotContain("遂府办函〔2021〕35号");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session).isNotNull();
        }
    }
}
