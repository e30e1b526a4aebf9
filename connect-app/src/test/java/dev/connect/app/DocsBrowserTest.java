package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code /docs} in Debian's headless Chromium, which can reach nothing but 127.0.0.1: Swagger UI, served by connect
 * itself, renders the description under the page's Content-Security-Policy, and "Try it out" calls the connect that
 * served it. Runs whenever {@code CI} is set (and then fails if Chromium is missing); elsewhere it is skipped when
 * Chromium or chromedriver is not installed ({@code apt-get install chromium chromium-driver}).
 */
class DocsBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path profile;

    private ConnectApplication app;
    private ChromeDriver browser;

    @BeforeEach
    void start(@TempDir Path data) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver) are needed:"
                + " apt-get install -y chromium chromium-driver";
        if (System.getenv("CI") != null) {
            assertThat(installed).as("CI is set, so the browser test must run. " + missing).isTrue();
        } else {
            assumeTrue(installed, "Skipped (it always runs when CI is set). " + missing);
        }
        app = SandboxMode.start(data, ConnectSettings.HttpServer.JAVALIN);
        // the CDP bindings are left out of the build (only WebDriver is used): no warning about their absence
        Logger.getLogger("org.openqa.selenium.devtools").setLevel(Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profile.toAbsolutePath());
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void swaggerUiRendersTheDescriptionAndTriesItOutOnThisConnect() {
        browser.get("http://127.0.0.1:" + app.httpPort() + "/docs");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);

        WebElement ready = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#operations-default-get_health_ready")));
        assertThat(browser.findElements(By.cssSelector(".opblock"))).as("every operation rendered").hasSizeGreaterThan(10);

        ready.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#operations-default-get_health_ready .try-out__btn"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#operations-default-get_health_ready .execute"))).click();
        WebElement status = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#operations-default-get_health_ready .live-responses-table tbody .response-col_status")));

        assertThat(status.getText()).isEqualTo("200");
        assertThat(browser.findElement(By.cssSelector("#operations-default-get_health_ready .live-responses-table"))
                .getText()).contains("\"status\": \"up\"");
    }
}
