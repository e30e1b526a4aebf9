package dev.connect.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connect.sandbox.browser.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The genuine {@code <stackone-hub>} (bundled by the build) on the sandbox's hosted page, in Debian's headless
 * Chromium: pick a provider, fill the credentials form inside the open shadow root, Connect, see {@code success}.
 * Runs whenever {@code CI} is set (and then fails if Chromium is missing); elsewhere it is skipped when Chromium
 * or chromedriver is not installed ({@code apt-get install chromium chromium-driver}). Nothing but loopback is
 * reached: the page's every other request would fail the test.
 */
class HostedHubBrowserTest {

    @TempDir
    Path profile;

    StackOneSandbox sandbox;
    WebhookReceiver receiver;
    HeadlessChromium chromium;
    ChromeDriver browser;

    @BeforeEach
    void start() {
        HeadlessChromium.assumeInstalled();
        assertThat(StackOneSandbox.hubComponentBundled())
                .as("the build must bundle @stackone/hub's webcomponent.js").isTrue();
        receiver = new WebhookReceiver();
        sandbox = StackOneSandbox.start(SandboxSettings.builder().webhookTargets(List.of(receiver.url())).build());
        chromium = HeadlessChromium.start(profile, "HostedHubBrowserTest");
        browser = chromium.driver();
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    WebElement deep(String selector, String text) {
        return chromium.deep(selector, text);
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

        chromium.until("no success event", d -> (Boolean) chromium.script(
                "return window.__hubEvents.some(e => e.type === 'success')"));
        @SuppressWarnings("unchecked")
        Map<String, Object> detail = (Map<String, Object>) chromium.script(
                "return window.__hubEvents.find(e => e.type === 'success').detail");
        assertThat(detail.get("provider")).isEqualTo("greenhouse");

        JsonNode accounts = http.rest("GET", "/accounts?origin_owner_id=browser-1", null).json();
        assertThat(accounts).hasSize(1);
        assertThat(accounts.get(0).get("id").asText()).isEqualTo(detail.get("id"));
        assertThat(accounts.get(0).get("provider").asText()).isEqualTo("greenhouse");
        receiver.await(1, r -> r.text().contains("account.created"), Duration.ofSeconds(10));
        chromium.assertNothingLeftTheMachine();
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

        chromium.until("the consent popup did not open", d -> d.getWindowHandles().size() > 1);
        String popup = browser.getWindowHandles().stream().filter(h -> !h.equals(hubWindow)).findFirst()
                .orElseThrow();
        browser.switchTo().window(popup);
        chromium.until("no Approve button", d -> !d.findElements(org.openqa.selenium.By.id("approve")).isEmpty());
        assertThat(browser.getPageSource()).contains("HubSpot");
        browser.findElement(org.openqa.selenium.By.id("approve")).click();
        browser.switchTo().window(hubWindow);

        chromium.until("no success event", d -> (Boolean) chromium.script(
                "return window.__hubEvents.some(e => e.type === 'success')"));
        @SuppressWarnings("unchecked")
        Map<String, Object> detail = (Map<String, Object>) chromium.script(
                "return window.__hubEvents.find(e => e.type === 'success').detail");
        assertThat(detail.get("provider")).isEqualTo("hubspot");
        JsonNode accounts = http.rest("GET", "/accounts?origin_owner_id=browser-2", null).json();
        assertThat(accounts).hasSize(1);
        assertThat(accounts.get(0).get("id").asText()).isEqualTo(detail.get("id"));
        chromium.assertNothingLeftTheMachine();
    }
}
