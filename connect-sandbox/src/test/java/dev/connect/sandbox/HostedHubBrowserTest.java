package dev.connect.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The genuine {@code <stackone-hub>} (bundled by the build) on the sandbox's hosted page, in Debian's headless
 * Chromium: pick a provider, fill the credentials form inside the open shadow root, Connect, see {@code success}.
 * Runs whenever {@code CI} is set (and then fails if Chromium is missing); elsewhere it is skipped when Chromium
 * or chromedriver is not installed ({@code apt-get install chromium chromium-driver}).
 */
class HostedHubBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(40);

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

    /** The CDP bindings are left out of the build (only WebDriver is used): no warning about their absence. */
    static final Logger SELENIUM_DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    @TempDir
    Path profile;

    StackOneSandbox sandbox;
    WebhookReceiver receiver;
    ChromeDriver browser;

    @BeforeEach
    void start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver) are needed:"
                + " apt-get install -y chromium chromium-driver";
        if (System.getenv("CI") != null) {
            assertThat(installed).as("CI is set, so the browser test must run. " + missing).isTrue();
        } else {
            assumeTrue(installed, "Skipped (it always runs when CI is set). " + missing);
        }
        assertThat(StackOneSandbox.hubComponentBundled())
                .as("the build must bundle @stackone/hub's webcomponent.js").isTrue();
        receiver = new WebhookReceiver();
        sandbox = StackOneSandbox.start(SandboxSettings.builder().webhookTargets(List.of(receiver.url())).build());

        SELENIUM_DEVTOOLS_LOG.setLevel(Level.SEVERE);
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
                "--disable-dev-shm-usage", "--window-size=1280,900",
                // No host name resolves: the page can reach nothing but the sandbox on 127.0.0.1.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profile.toAbsolutePath());
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    WebElement deep(String selector, String text) {
        return new WebDriverWait(browser, WAIT).withMessage(() -> "no " + selector + " " + (text == null ? ""
                : text) + " in the Hub; page: " + hubText()).until(d -> (WebElement) ((JavascriptExecutor) d)
                .executeScript(DEEP_QUERY, selector, text));
    }

    String hubText() {
        Object text = ((JavascriptExecutor) browser).executeScript("""
                const parts = [];
                const roots = [document];
                while (roots.length) {
                  const root = roots.shift();
                  parts.push((root.body || root).textContent);
                  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
                }
                return parts.join(' | ');
                """);
        return String.valueOf(text);
    }

    @Test
    void theGenuineHubLinksAnAccountWithTheCredentialsForm() throws Exception {
        Map<String, Object> body = Flows.owner("browser-1", "Browser Co");
        body.put("categories", List.of("ats"));
        Http http = new Http(sandbox);
        JsonNode session = http.session(body);

        browser.get(session.get("auth_link_url").asText());
        deep("*", "Greenhouse").click();
        deep("input[name='api_key']", null).sendKeys("harvest-key-1234567890");
        deep("button", "Connect").click();

        new WebDriverWait(browser, WAIT).withMessage(() -> "no success event; page: " + hubText())
                .until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                        "return window.__hubEvents.some(e => e.type === 'success')"));
        @SuppressWarnings("unchecked")
        Map<String, Object> detail = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "return window.__hubEvents.find(e => e.type === 'success').detail");
        assertThat(detail.get("provider")).isEqualTo("greenhouse");

        JsonNode accounts = http.rest("GET", "/accounts?origin_owner_id=browser-1", null).json();
        assertThat(accounts).hasSize(1);
        assertThat(accounts.get(0).get("id").asText()).isEqualTo(detail.get("id"));
        assertThat(accounts.get(0).get("provider").asText()).isEqualTo("greenhouse");
        receiver.await(1, r -> r.text().contains("account.created"), Duration.ofSeconds(10));
    }

    @Test
    void theGenuineHubLinksAnOauthAccountThroughTheConsentPopup() {
        Map<String, Object> body = Flows.owner("browser-2", "Popup Co");
        body.put("provider", "hubspot");
        Http http = new Http(sandbox);
        JsonNode session = http.session(body);

        browser.get(session.get("auth_link_url").asText());
        String hubWindow = browser.getWindowHandle();
        deep("button", "Connect").click();

        new WebDriverWait(browser, WAIT).withMessage(() -> "the consent popup did not open; page: " + hubText())
                .until(d -> d.getWindowHandles().size() > 1);
        String popup = browser.getWindowHandles().stream().filter(h -> !h.equals(hubWindow)).findFirst()
                .orElseThrow();
        browser.switchTo().window(popup);
        new WebDriverWait(browser, WAIT).until(d -> !d.findElements(org.openqa.selenium.By.id("approve")).isEmpty());
        assertThat(browser.getPageSource()).contains("HubSpot");
        browser.findElement(org.openqa.selenium.By.id("approve")).click();
        browser.switchTo().window(hubWindow);

        new WebDriverWait(browser, WAIT).withMessage(() -> "no success event; page: " + hubText())
                .until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                        "return window.__hubEvents.some(e => e.type === 'success')"));
        @SuppressWarnings("unchecked")
        Map<String, Object> detail = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "return window.__hubEvents.find(e => e.type === 'success').detail");
        assertThat(detail.get("provider")).isEqualTo("hubspot");
        JsonNode accounts = http.rest("GET", "/accounts?origin_owner_id=browser-2", null).json();
        assertThat(accounts).hasSize(1);
        assertThat(accounts.get(0).get("id").asText()).isEqualTo(detail.get("id"));
    }
}
