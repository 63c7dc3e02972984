package org.fazhi.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} + {@code chromium-driver}) for browser journeys.
 * Where Chromium is not installed the journey is skipped with a reason — except under CI ({@code CI=true}),
 * where {@code .ci/run} installs it and a missing browser fails the build.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("FAZHI_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("FAZHI_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** Starts a fresh browser profile against the app on {@code port}. */
    public static Browser open(int port) throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed && System.getenv("CI") == null) {
            Assumptions.abort("Chromium/chromedriver not installed (apt-get install chromium chromium-driver "
                    + "fonts-noto-cjk); browser journey skipped");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("fazhi-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port);
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public Browser type(By by, String text) {
        WebElement el = find(by);
        el.clear();
        el.sendKeys(text);
        return this;
    }

    /** Sets a field's value at once (for long text such as a pasted notice, where typing would be slow). */
    public Browser paste(By by, String text) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(by),
                text);
        return this;
    }

    public Browser click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    public Browser logIn(String user, String password) {
        go("/login").type(By.id("username"), user).type(By.id("password"), password).click(By.id("login-submit"));
        find(By.id("current-user"));
        return this;
    }

    /** The element's text; an element replaced by a page load meanwhile is looked up again. */
    public String text(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> find(by).getText());
    }

    public String pageText() {
        return text(By.tagName("body"));
    }

    /** Waits (through page loads) until the page shows {@code text}, and returns the page's text. */
    public String waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        return pageText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
