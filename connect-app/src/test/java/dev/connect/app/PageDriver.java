package dev.connect.app;

import dev.connect.sandbox.browser.HeadlessChromium;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a person does on connect's page at {@code /}, for the page's browser tests: one place that knows its ids. It
 * runs the assembled app in its embedded default (as {@code java -jar} does) and a headless Chromium on it.
 */
final class PageDriver implements AutoCloseable {

    private final ConnectApplication app;
    private final HeadlessChromium chromium;
    private final ChromeDriver browser;

    private PageDriver(ConnectApplication app, HeadlessChromium chromium) {
        this.app = app;
        this.chromium = chromium;
        this.browser = chromium.driver();
    }

    /**
     * The app with its database in {@code data}, and Chromium with a fresh profile in {@code profile}, keeping
     * screenshots under {@code target/browser-screenshots/<screenshots>/}. Skipped (failed with {@code CI} set)
     * without Chromium.
     */
    static PageDriver start(Path data, Path profile, String screenshots) {
        HeadlessChromium.assumeInstalled();
        ConnectApplication app = SandboxMode.startEmbeddedDefault(data, ConnectSettings.HttpServer.JAVALIN);
        try {
            return new PageDriver(app, HeadlessChromium.start(profile, screenshots));
        } catch (RuntimeException failure) {
            app.close();
            throw failure;
        }
    }

    ConnectApplication app() {
        return app;
    }

    HeadlessChromium chromium() {
        return chromium;
    }

    @Override
    public void close() {
        try {
            chromium.close();
        } finally {
            app.close();
        }
    }

    /** Opens the page and waits until it has read connect's frontend configuration. */
    void open() {
        browser.get("http://127.0.0.1:" + app.httpPort() + "/");
        chromium.until("the page did not start", d -> !d.findElements(By.cssSelector("body[data-ready='true']"))
                .isEmpty());
    }

    /** The demo sign-in, as a person fills it in. */
    void signIn(String ownerId, String ownerName) {
        WebElement owner = browser.findElement(By.id("owner-id"));
        owner.clear();
        owner.sendKeys(ownerId);
        WebElement name = browser.findElement(By.id("owner-name"));
        name.clear();
        name.sendKeys(ownerName);
        browser.findElement(By.id("demo-sign-in")).click();
        chromium.until("not signed in as " + ownerId, d -> d.findElement(By.id("signed-in")).getText()
                .contains("(" + ownerId + ")"));
    }

    /** In the open Hub (this document or a window already switched to): Greenhouse, with its Harvest API key. */
    void linkGreenhouseInTheHub() {
        chromium.click("*", "Greenhouse");
        chromium.deep("input[name='api_key']", null).sendKeys("harvest-key-1234567890");
        chromium.click("button", "Connect");
    }

    /**
     * In the Hub's edit mode for a Greenhouse account, which shows the stored key redacted in a read-only field
     * without a name: Edit it (it becomes {@code api_key}, empty), enter a new one, Connect.
     */
    void reauthenticateGreenhouseInTheHub() {
        chromium.click("button", "Edit");
        WebElement key = chromium.deep("input[name='api_key']", null);
        key.clear();
        key.sendKeys("harvest-key-renewed-0987654321");
        chromium.click("button", "Connect");
    }

    /** Waits until the list shows an account in {@code state}. */
    WebElement accountRow(String state) {
        return chromium.until("no " + state + " account listed", d -> d.findElements(
                By.cssSelector("#accounts li[data-state='" + state + "']")).stream().findFirst().orElse(null));
    }

    /** The button of an account's row, by its text. */
    WebElement rowButton(String accountId, String text) {
        return chromium.until("no " + text + " button for " + accountId, d -> d.findElements(
                By.cssSelector("#accounts li[data-account-id='" + accountId + "'] button")).stream()
                .filter(button -> button.getText().equals(text)).findFirst().orElse(null));
    }

    /** Waits until the page's status line (announced to screen readers) says {@code text}. */
    void awaitStatus(String text) {
        chromium.until("the status never said '" + text + "'", d -> d.findElement(By.id("status")).getText()
                .equals(text));
    }
}
