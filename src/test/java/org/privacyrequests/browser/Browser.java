package org.privacyrequests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium, headless, driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Nothing is downloaded at test time: without
 * them the browser tests are skipped and say why. Saves a screenshot of each screen a test names.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static Browser open(int port) {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        String missing = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)";
        if (Boolean.getBoolean("privacy.browser.required")) {
            assertThat(installed).as(missing).isTrue();
        }
        Assumptions.assumeTrue(installed, missing + ": browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // Tasklist's fixed footer covers the lower form fields in a smaller window.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1600,1200", "--lang=en-GB", "--disable-search-engine-choice-screen");
        // Cockpit shows dates in the browser's zone: UTC, as the tests compare with the engine's values.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .withEnvironment(java.util.Map.of("TZ", "UTC")).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, "http://localhost:" + port);
    }

    /** The browser window's outer size, e.g. a laptop's 1366×900. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement waitForClickable(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(by));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
    }

    /** Clicks after scrolling the element to the middle of its pane, clear of fixed footers and notifications. */
    public void click(By by) {
        WebElement element = waitForClickable(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Loads a URL afresh (a hash-only change within a Camunda app is handled in-page and can lose state). */
    public void load(String path) {
        driver.get("about:blank");
        go(path);
    }

    /** Forgets the login: Tasklist and Cockpit share one session. */
    public void logOut() {
        // Cookies can only be deleted for the page's own site.
        go("/actuator/health");
        driver.manage().deleteAllCookies();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public void type(By field, String text) {
        WebElement element = waitFor(field);
        element.clear();
        element.sendKeys(text);
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** What a person would notice if something broke: a Java stack trace or an error page on screen. */
    public void showsNoTrace() {
        assertThat(pageText()).doesNotContain("Exception", "at org.", "Whitelabel Error Page", "Internal Server Error");
    }

    /** Saves the screen as {@code <name>.png} in the screenshot folder (target/screenshots unless -Dprivacy.screenshots). */
    public void screenshot(String name) {
        Path folder = Path.of(System.getProperty("privacy.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Screenshot " + name + " could not be saved: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
