package dev.connect.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.connect.sandbox.browser.HeadlessChromium;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The sandbox's {@code connect.js} in headless Chromium, loaded by a page of another origin (a JDK HTTP server
 * standing in for the host application) with a script tag as StackOne's guide does: {@code Connect.start} opens the
 * genuine Hub in a modal or inline, relays its outcome to {@code onSuccess}, {@code onCancel} and {@code onClose}, and
 * believes only messages from the Hub it opened.
 */
class ConnectScriptBrowserTest {

    /** The host application's page: connect.js by a script tag, and every callback recorded in window.events. */
    private static final String HOST_PAGE = """
            <!doctype html>
            <html><head><meta charset="utf-8"><title>Host</title></head><body>
            <h1>Host application</h1>
            <div id="inline-box"></div>
            <script src="%s"></script>
            <script>
              window.events = [];
              window.startHub = function (token, extra) {
                Connect.start(Object.assign({
                  sessionToken: token,
                  onSuccess: function (account) { events.push({type: 'success', account: account}); },
                  onCancel: function () { events.push({type: 'cancel'}); },
                  onClose: function () { events.push({type: 'close'}); }
                }, extra || {}));
              };
            </script>
            </body></html>
            """;

    @TempDir
    Path profile;

    StackOneSandbox sandbox;
    HttpServer host;
    HeadlessChromium chromium;
    Http http;

    @BeforeEach
    void start() throws IOException {
        HeadlessChromium.assumeInstalled();
        sandbox = StackOneSandbox.start(SandboxSettings.defaults());
        http = new Http(sandbox);
        host = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = HOST_PAGE.formatted(sandbox.connectScriptUrl()).getBytes(StandardCharsets.UTF_8);
        host.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        host.start();
        chromium = HeadlessChromium.start(profile, "ConnectScriptBrowserTest");
        chromium.driver().get("http://127.0.0.1:" + host.getAddress().getPort() + "/");
        chromium.until("connect.js did not load", d -> (Boolean) chromium.script("return !!window.Connect"));
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (host != null) {
            host.stop(0);
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private String session(String owner) {
        Map<String, Object> body = Flows.owner(owner, owner + " Inc");
        body.put("categories", List.of("ats"));
        return http.session(body).get("token").asText();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> events() {
        return (List<Map<String, Object>>) chromium.script("return window.events");
    }

    private long framesOpen() {
        return (Long) chromium.script("return document.querySelectorAll('[data-stackone-connect]').length");
    }

    /** Inside the Hub's frame: pick Greenhouse, give a key, Connect; back in the page afterwards. */
    private void linkGreenhouseInTheFrame(String screenshotPrefix) {
        WebElement frame = chromium.until("no Hub frame",
                d -> d.findElement(By.cssSelector("iframe[title='StackOne Hub']")));
        chromium.driver().switchTo().frame(frame);
        chromium.deep("*", "Greenhouse").click();
        chromium.deep("input[name='api_key']", null).sendKeys("harvest-key-1234567890");
        chromium.driver().switchTo().defaultContent();
        chromium.screenshot(screenshotPrefix + "-2-form");
        chromium.driver().switchTo().frame(frame);
        chromium.deep("button", "Connect").click();
        chromium.driver().switchTo().defaultContent();
        chromium.until("no onSuccess", d -> events().stream().anyMatch(e -> e.get("type").equals("success")));
    }

    @Test
    void aModalHubLinksAnAccountAndReportsItThenClosesWithTheHubsOwnButton() {
        String token = session("script-1");
        chromium.script("startHub(arguments[0])", token);
        chromium.until("no modal", d -> framesOpen() == 1);
        chromium.screenshot("modal-1-open");

        // while it is open: a second start changes nothing, and messages not from the Hub's frame are not believed
        chromium.script("startHub(arguments[0])", token);
        chromium.script("window.postMessage({source: 'stackone-sandbox-hub', type: 'success',"
                + " account: {id: 'forged', provider: 'nobody'}}, '*');"
                + "window.postMessage({source: 'stackone-sandbox-hub', type: 'close'}, '*');");
        assertThat(framesOpen()).isEqualTo(1);

        linkGreenhouseInTheFrame("modal");
        chromium.screenshot("modal-3-linked");
        JsonLikeAccount linked = JsonLikeAccount.of(events().get(0));
        assertThat(events()).hasSize(1);
        assertThat(linked.provider()).isEqualTo("greenhouse");
        assertThat(http.rest("GET", "/accounts?origin_owner_id=script-1", null).json())
                .singleElement().satisfies(account -> {
                    assertThat(account.get("id").asText()).isEqualTo(linked.id());
                    assertThat(account.get("provider").asText()).isEqualTo("greenhouse");
                });

        WebElement frame = chromium.driver().findElement(By.cssSelector("iframe[title='StackOne Hub']"));
        chromium.driver().switchTo().frame(frame);
        chromium.deep("button", "Close").click();
        chromium.driver().switchTo().defaultContent();
        chromium.until("no onClose", d -> events().size() == 2);
        assertThat(events()).extracting(e -> e.get("type")).containsExactly("success", "close");
        assertThat(framesOpen()).isZero();
        chromium.assertNothingLeftTheMachine();
    }

    @Test
    void closingBeforeAnAccountIsLinkedCancelsThenClosesAndTheHubOpensAgain() {
        String token = session("script-2");
        chromium.script("startHub(arguments[0])", token);
        chromium.until("no close button", d -> d.findElement(By.cssSelector("[data-stackone-connect-close]")));
        chromium.driver().findElement(By.cssSelector("[data-stackone-connect-close]")).click();
        assertThat(events()).extracting(e -> e.get("type")).containsExactly("cancel", "close");
        assertThat(framesOpen()).isZero();

        chromium.script("startHub(arguments[0])", token);
        chromium.until("the Hub did not open again", d -> framesOpen() == 1);
        // Escape closes it while the page has the focus (keys pressed inside the Hub's frame stay the Hub's)
        chromium.script("document.activeElement.blur()");
        new Actions(chromium.driver()).sendKeys(Keys.ESCAPE).perform();
        chromium.until("Escape did not close it", d -> framesOpen() == 0);
        assertThat(events()).extracting(e -> e.get("type")).containsExactly("cancel", "close", "cancel", "close");
        chromium.assertNothingLeftTheMachine();
    }

    @Test
    void inlineTheHubRendersInsideItsContainerAtItsSizeAndLinks() {
        String token = session("script-3");
        chromium.script("startHub(arguments[0], {styles: {inline: {containerId: 'inline-box', width: '640px',"
                + " height: '560px'}, options: {close: false, bgColor: 'rgb(240, 244, 255)'}}})", token);
        chromium.until("no inline Hub", d -> framesOpen() == 1);
        WebElement panel = chromium.driver()
                .findElement(By.cssSelector("#inline-box > [data-stackone-connect='inline']"));
        assertThat(panel.getRect().getWidth()).isEqualTo(640);
        assertThat(panel.getRect().getHeight()).isEqualTo(560);
        assertThat(panel.getCssValue("background-color")).isEqualTo("rgba(240, 244, 255, 1)");
        assertThat(chromium.driver().findElements(By.cssSelector("[role='dialog'], [data-stackone-connect-close]")))
                .as("inline, without a close button: no modal, nothing to close").isEmpty();

        linkGreenhouseInTheFrame("inline");
        chromium.screenshot("inline-3-linked");
        assertThat(JsonLikeAccount.of(events().get(0)).provider()).isEqualTo("greenhouse");
        chromium.assertNothingLeftTheMachine();
    }

    @Test
    void aStartWithoutATokenOrWithAnUnknownContainerSaysWhatIsWrong() {
        assertThat(scriptError("Connect.start({})")).contains("sessionToken is required");
        assertThat(scriptError("Connect.start({sessionToken: 't', styles: {inline: {containerId: 'nope'}}})"))
                .contains("names no element").contains("nope");
        assertThat(scriptError("Connect.start({sessionToken: 't', apiUrl: 'javascript:alert(1)'})"))
                .contains("http(s) URL");
        assertThat(framesOpen()).isZero();
    }

    private String scriptError(String script) {
        try {
            chromium.script(script);
            throw new AssertionError("no error from " + script);
        } catch (JavascriptException expected) {
            return expected.getMessage();
        }
    }

    /** onSuccess's argument, as the browser handed it over. */
    record JsonLikeAccount(String id, String provider) {

        @SuppressWarnings("unchecked")
        static JsonLikeAccount of(Map<String, Object> event) {
            assertThat(event.get("type")).isEqualTo("success");
            Map<String, Object> account = (Map<String, Object>) event.get("account");
            assertThat(account).containsOnlyKeys("id", "provider");
            return new JsonLikeAccount((String) account.get("id"), (String) account.get("provider"));
        }
    }
}
