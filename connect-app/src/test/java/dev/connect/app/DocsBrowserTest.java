package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.sandbox.browser.HeadlessChromium;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code /docs} in Debian's headless Chromium ({@link HeadlessChromium}, shared with the sandbox's and the examples'
 * browser tests): Swagger UI, served by connect itself, renders the description under the page's
 * Content-Security-Policy, "Try it out" calls the connect that served it, and nothing leaves the machine.
 */
class DocsBrowserTest {

    @TempDir
    Path data;
    @TempDir
    Path profile;

    private ConnectApplication app;
    private HeadlessChromium chromium;

    @BeforeEach
    void start() {
        HeadlessChromium.assumeInstalled();
        app = SandboxMode.start(data, ConnectSettings.HttpServer.JAVALIN);
        chromium = HeadlessChromium.start(profile, "DocsBrowserTest");
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void swaggerUiRendersTheDescriptionAndTriesItOutOnThisConnect() {
        ChromeDriver browser = chromium.driver();
        browser.get("http://127.0.0.1:" + app.httpPort() + "/docs");
        WebDriverWait wait = new WebDriverWait(browser, HeadlessChromium.WAIT);

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
        chromium.assertNothingLeftTheMachine();
    }
}
