package dev.connect.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, for the browser tests of every module: the system's chromium and chromedriver (never
 * Selenium Manager), a fresh profile, background networking off, and every request that is not to loopback sent to a
 * trap that refuses and records it ({@link #assertNothingLeftTheMachine()}). Screenshots go to
 * {@code target/browser-screenshots/<test>/}.
 *
 * <p>With {@code CI} set a missing Chromium fails the test; elsewhere the test is skipped, saying what to install.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Duration WAIT = Duration.ofSeconds(40);

    /** Finds the first element matching a CSS selector in the document or in any (nested) open shadow root. */
    static final String DEEP_QUERY = """
            const [selector, text] = arguments;
            const roots = [document];
            while (roots.length) {
              const root = roots.shift();
              for (const el of root.querySelectorAll(selector)) {
                if (!text || el.textContent.trim() === text) return el;
              }
              for (const el of root.querySelectorAll('*')) {
                if (el.shadowRoot) roots.push(el.shadowRoot);
              }
            }
            return null;
            """;

    /** The text of the document and of every open shadow root in it. */
    static final String DEEP_TEXT = """
            const parts = [];
            const roots = [document];
            while (roots.length) {
              const root = roots.shift();
              parts.push((root.body || root).textContent);
              for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
            }
            return parts.join(' | ');
            """;

    /** The CDP bindings are left out of the build (only WebDriver is used): no warning about their absence. */
    private static final Logger SELENIUM_DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private final ChromeDriver driver;
    private final OffLoopbackTrap trap;
    private final Path screenshots;

    private HeadlessChromium(ChromeDriver driver, OffLoopbackTrap trap, Path screenshots) {
        this.driver = driver;
        this.trap = trap;
        this.screenshots = screenshots;
    }

    /** Skips the test (or, with {@code CI} set, fails it) unless Chromium and chromedriver are installed. */
    public static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver) are needed:"
                + " apt-get install -y chromium chromium-driver";
        if (System.getenv("CI") != null) {
            assertThat(installed).as("CI is set, so the browser test must run. " + missing).isTrue();
        } else {
            assumeTrue(installed, "Skipped (it always runs when CI is set). " + missing);
        }
    }

    /**
     * Starts a browser with a fresh profile in {@code profile}, keeping screenshots under
     * {@code target/browser-screenshots/<name>}.
     */
    public static HeadlessChromium start(Path profile, String name) {
        assumeInstalled();
        SELENIUM_DEVTOOLS_LOG.setLevel(Level.SEVERE);
        OffLoopbackTrap trap = new OffLoopbackTrap();
        // Explicit driver and browser paths: Selenium Manager has nothing to look up or download.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability", "--no-pings",
                "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,"
                        + "AutofillServerCommunication",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                // Everything but loopback goes to the trap, which refuses and records it.
                "--proxy-server=http://" + trap.address(),
                "--user-data-dir=" + profile.toAbsolutePath());
        // Spell-checking may download a dictionary (from redirector.gvt1.com) when a page shows a text field.
        options.setExperimentalOption("prefs", Map.of("browser.enable_spellchecking", false));
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            return new HeadlessChromium(driver, trap, Path.of("target", "browser-screenshots", name));
        } catch (RuntimeException failure) {
            trap.close();
            throw failure;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Waits for the first element matching {@code selector} (and {@code text}, unless null), shadow roots included. */
    public WebElement deep(String selector, String text) {
        return until("no " + selector + (text == null ? "" : " '" + text + "'"),
                d -> (WebElement) script(DEEP_QUERY, selector, text));
    }

    /**
     * Clicks what {@link #deep} finds, scrolled to the middle first: the Hub's footer floats over the bottom of its
     * list, and would take a click meant for an item beneath it.
     */
    public void click(String selector, String text) {
        WebElement element = deep(selector, text);
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** The text of the page and every shadow root in it, for failure messages. */
    public String deepText() {
        return String.valueOf(script(DEEP_TEXT));
    }

    /** Waits until the condition holds (is neither null nor false), failing with what the page shows. */
    public <T> T until(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).withMessage(() -> what + "; page: " + deepText()).until(condition);
    }

    /** Keeps a screenshot of what the browser shows now as {@code <name>.png}; returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails naming every request a page made to a host other than loopback (fonts, images, StackOne's API). */
    public void assertNothingLeftTheMachine() {
        assertThat(trap.pageRequests()).as("requests that tried to leave the machine (the trap refused them)")
                .isEmpty();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            trap.close();
        }
    }
}
