package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.port.in.account.FindLinkedAccountUseCase;
import dev.connect.app.logscan.KnownSecrets;
import dev.connect.sandbox.browser.HeadlessChromium;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The three frontends StackOne documents, in headless Chromium against the assembled app in its embedded default
 * (exactly as {@code java -jar} runs): {@code <StackOneHub>} and {@code useStackOneHub} in the React example,
 * {@code connect.js} on the plain page. In each the genuine Hub links an account, {@code onSuccess} reports its id and
 * provider, the page confirms it in connect's registry (where the sandbox's webhook put it), and closing the Hub fires
 * {@code onClose} (and {@code onCancel} before an account is linked). Nothing leaves the machine.
 */
class FrontendExamplesBrowserTest {

    private static final String OWNER = "demo-tenant";
    /**
     * Keeps, in every document the browser opens, the answers of connect that carry a secret (the demo sign-in's
     * caller token and operator key, connect-session tokens), so that the secret scan knows them too: the pages
     * receive them, the test never does.
     */
    private static final String KEEP_SECRET_ANSWERS = """
            (() => {
              const kept = [];
              Object.defineProperty(window, '__connectSecretAnswers', { value: kept });
              const original = window.fetch;
              window.fetch = async (...args) => {
                const response = await original(...args);
                const url = String(args[0] && args[0].url ? args[0].url : args[0]);
                if (/\\/v1\\/(demo\\/sign-in|connect-sessions)/.test(url)) {
                  response.clone().json().then((body) => kept.push(body)).catch(() => {});
                }
                return response;
              };
            })();
            """;

    @TempDir
    Path data;
    @TempDir
    Path profile;

    ConnectApplication app;
    HeadlessChromium chromium;
    ChromeDriver browser;

    @BeforeEach
    void start() {
        HeadlessChromium.assumeInstalled();
        app = SandboxMode.startEmbeddedDefault(data, ConnectSettings.HttpServer.JAVALIN);
        chromium = HeadlessChromium.start(profile, "FrontendExamplesBrowserTest");
        browser = chromium.driver();
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", KEEP_SECRET_ANSWERS));
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            registerTheSecretsThePageReceived();
            chromium.close();
        }
        if (app != null) {
            app.close();
        }
    }

    /** The tokens and operator key the open document received, for the scan of everything logged. */
    @SuppressWarnings("unchecked")
    private void registerTheSecretsThePageReceived() {
        Object kept = chromium.script("return window.__connectSecretAnswers || []");
        for (Object answer : (List<Object>) kept) {
            if (answer instanceof Map<?, ?> body) {
                KnownSecrets.register("a token the examples received", String.valueOf(body.get("token")));
                KnownSecrets.register("the operator key the demo sign-in handed out",
                        String.valueOf(body.get("operatorKey")));
            }
        }
    }

    private void open(String page) {
        if (!browser.getCurrentUrl().startsWith("data:")) {
            registerTheSecretsThePageReceived(); // before this document, and what it kept, is left
        }
        browser.get("http://127.0.0.1:" + app.httpPort() + "/examples/" + page);
    }

    /** A React screen, once the page has signed in through the demo sign-in. */
    private void openSignedIn(String screen) {
        open(screen);
        chromium.until("not signed in", d -> d.findElement(By.id("signed-in")).getText().contains(OWNER));
    }

    private List<String> events() {
        return browser.findElements(By.cssSelector("#events li")).stream()
                .map(item -> item.getAttribute("data-event")).toList();
    }

    private void awaitEvents(String... expected) {
        chromium.until("callbacks " + List.of(expected), d -> events().equals(List.of(expected)));
    }

    /** The Hub's credentials form, wherever the Hub is (this document or a frame already switched to). */
    private void linkGreenhouse() {
        chromium.click("*", "Greenhouse");
        chromium.deep("input[name='api_key']", null).sendKeys("harvest-key-1234567890");
        chromium.click("button", "Connect");
    }

    private WebElement hubFrame() {
        return chromium.until("no Hub frame", d -> d.findElement(By.cssSelector("iframe[title='StackOne Hub']")));
    }

    /** What the page confirmed with connect, checked against connect's registry itself. */
    private LinkedAccount confirmedAccount() {
        WebElement confirmation = chromium.until("connect did not confirm the account",
                d -> d.findElement(By.cssSelector("#confirmation.confirmed")));
        String id = confirmation.getAttribute("data-account-id");
        assertThat(confirmation.getAttribute("data-provider")).isEqualTo("greenhouse");
        LinkedAccount registered = app.useCases().findLinkedAccount().find(new FindLinkedAccountUseCase.Query(
                new OwnerId(OWNER), new AccountId(id))).orElseThrow();
        assertThat(registered.provider().value()).isEqualTo("greenhouse");
        assertThat(registered.state()).isEqualTo(LinkedAccountState.LINKED);
        chromium.until("the list does not show the account",
                d -> !d.findElements(By.cssSelector("#accounts li[data-account-id='" + id + "']")).isEmpty());
        return registered;
    }

    /** The Close button of the Hub's success screen, in connect.js's frame. */
    private void closeFromTheHubsSuccessScreen() {
        browser.switchTo().frame(hubFrame());
        chromium.click("button", "Close");
        browser.switchTo().defaultContent();
    }

    /** Inside connect.js's frame: the Hub's credentials form. */
    private void linkGreenhouseInTheFrame() {
        browser.switchTo().frame(hubFrame());
        linkGreenhouse();
        browser.switchTo().defaultContent();
    }

    private String onSuccessText() {
        return browser.findElement(By.cssSelector("#events li[data-event='onSuccess']")).getText();
    }

    @Test
    void theStackOneHubComponentLinksAnAccountAndClosesWithOnClose() {
        openSignedIn("react/#/hub");
        chromium.screenshot("hub-1-signed-in");
        browser.findElement(By.id("open-hub")).click();
        linkGreenhouse();
        awaitEvents("onSuccess");
        LinkedAccount account = confirmedAccount();
        assertThat(onSuccessText()).contains("\"id\":\"" + account.id().value() + "\"")
                .contains("\"provider\":\"greenhouse\"");
        chromium.screenshot("hub-2-linked");

        chromium.click("button", "Close");
        awaitEvents("onSuccess", "onClose");
        assertThat(browser.findElements(By.id("stackone-hub"))).as("the page unmounted the Hub").isEmpty();
        chromium.assertNothingLeftTheMachine();
    }

    @Test
    void theReactHubButtonOpensConnectJsLinksAnAccountAndReportsCancelAndClose() {
        openSignedIn("react/#/react-hub");
        chromium.until("no accounts loaded", d -> d.findElement(By.cssSelector(".outcome")).getText().contains("None"));
        chromium.screenshot("react-hub-1-button");
        browser.findElement(By.id("connect-account")).click();
        browser.switchTo().frame(hubFrame());
        chromium.deep("*", "Greenhouse");
        browser.switchTo().defaultContent();
        chromium.screenshot("react-hub-2-modal");
        linkGreenhouseInTheFrame();
        awaitEvents("onSuccess");
        LinkedAccount account = confirmedAccount();
        assertThat(onSuccessText()).contains(account.id().value()).contains("greenhouse");
        closeFromTheHubsSuccessScreen();
        awaitEvents("onSuccess", "onClose");
        chromium.screenshot("react-hub-3-linked");

        // the hook is closed again: the button opens a new Hub, and closing it unlinked is a cancel
        browser.findElement(By.id("connect-account")).click();
        hubFrame();
        browser.findElement(By.cssSelector("[data-stackone-connect-close]")).click();
        awaitEvents("onSuccess", "onClose", "onCancel", "onClose");
        assertThat(browser.findElements(By.cssSelector("[data-stackone-connect]"))).isEmpty();
        chromium.assertNothingLeftTheMachine();
    }

    @Test
    void theReactHubRendersInlineInsideItsContainer() {
        openSignedIn("react/#/react-hub");
        browser.findElement(By.id("inline")).click();
        browser.findElement(By.id("connect-account")).click();
        WebElement frame = hubFrame();
        WebElement container = browser.findElement(By.id("stackone-hub-inline"));
        assertThat(container.findElements(By.cssSelector("iframe[title='StackOne Hub']"))).containsExactly(frame);
        assertThat(browser.findElements(By.cssSelector("[role='dialog']"))).as("no modal").isEmpty();
        assertThat(frame.getRect().getHeight()).isGreaterThan(400);
        assertThat(frame.getRect().getWidth()).isGreaterThan(400);

        linkGreenhouseInTheFrame();
        awaitEvents("onSuccess");
        confirmedAccount();
        chromium.screenshot("react-hub-inline-linked");
        chromium.assertNothingLeftTheMachine();
    }

    @Test
    void theConnectJsPageLinksAnAccountModalAndInline() {
        open("script/");
        chromium.until("the button stayed disabled", d -> d.findElement(By.id("connect-account")).isEnabled());
        browser.findElement(By.id("connect-account")).click();
        linkGreenhouseInTheFrame();
        awaitEvents("onSuccess");
        LinkedAccount account = confirmedAccount();
        assertThat(onSuccessText()).contains(account.id().value()).contains("greenhouse");
        chromium.screenshot("script-1-linked");
        closeFromTheHubsSuccessScreen();
        awaitEvents("onSuccess", "onClose");

        browser.findElement(By.id("inline")).click();
        browser.findElement(By.id("connect-account")).click();
        WebElement frame = hubFrame();
        assertThat(browser.findElement(By.id("hub-container")).findElements(By.tagName("iframe")))
                .containsExactly(frame);
        assertThat(browser.findElements(By.cssSelector("[role='dialog']"))).isEmpty();
        chromium.screenshot("script-2-inline");
        browser.findElement(By.cssSelector("[data-stackone-connect-close]")).click();
        awaitEvents("onSuccess", "onClose", "onCancel", "onClose");
        assertThat(browser.findElement(By.id("hub-container")).findElements(By.tagName("iframe"))).isEmpty();
        chromium.assertNothingLeftTheMachine();
    }
}
