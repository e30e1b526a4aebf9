package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.port.in.account.FindLinkedAccountUseCase;
import dev.connect.sandbox.browser.HeadlessChromium;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * connect's page at {@code /} in headless Chromium against the assembled app in its embedded default (as
 * {@code java -jar} runs it), over real HTTP: a person signs in as a demo customer, links an account through the
 * genuine Hub in the sandbox, sees it listed once the sandbox's webhook reached connect, checks it, re-authenticates
 * it (the Hub in edit mode), and disconnects it. Each step's screenshot is kept under
 * {@code target/browser-screenshots/PageBrowserTest/}; nothing leaves the machine.
 */
class PageBrowserTest {

    static final String OWNER = "page-tenant";
    static final String SCREENSHOTS = "PageBrowserTest";

    @TempDir
    Path data;
    @TempDir
    Path profile;

    ConnectApplication app;
    HeadlessChromium chromium;
    ChromeDriver browser;
    PageDriver page;

    @BeforeEach
    void start() {
        page = PageDriver.start(data, profile, SCREENSHOTS);
        app = page.app();
        chromium = page.chromium();
        browser = chromium.driver();
    }

    @AfterEach
    void stop() {
        if (page != null) {
            page.close();
        }
    }

    private LinkedAccount registered(String id) {
        return app.useCases().findLinkedAccount().find(new FindLinkedAccountUseCase.Query(new OwnerId(OWNER),
                new AccountId(id))).orElseThrow();
    }

    @Test
    void aPersonLinksChecksReauthenticatesAndDisconnectsAnAccount() {
        page.open();
        chromium.screenshot("01-sign-in");
        page.signIn(OWNER, "Page Tenant");
        chromium.until("no empty list", d -> d.findElement(By.id("no-accounts")).isDisplayed());
        chromium.screenshot("02-signed-in");

        new Select(browser.findElement(By.id("category"))).selectByValue("ats");
        browser.findElement(By.id("connect-account")).click();
        chromium.deep("*", "Greenhouse");
        chromium.screenshot("03-hub-open");
        page.linkGreenhouseInTheHub();
        WebElement row = page.accountRow("linked");
        String id = row.getAttribute("data-account-id");
        assertThat(row.getText()).contains("greenhouse").contains("linked").contains("not checked yet");
        assertThat(registered(id).state()).isEqualTo(LinkedAccountState.LINKED);
        page.awaitStatus("Linked: greenhouse account " + id + " is in connect's registry.");
        chromium.screenshot("04-linked");
        chromium.click("button", "Close");
        chromium.until("the Hub did not close", d -> !d.findElement(By.id("hub-panel")).isDisplayed());

        page.rowButton(id, "Check").click();
        WebElement checked = chromium.until("no last check shown", d -> d.findElement(
                By.cssSelector("#accounts li[data-account-id='" + id + "'][data-checked-at]")));
        assertThat(checked.findElement(By.className("last-check")).getText()).startsWith("last check: active");
        assertThat(registered(id).lastCheck()).isPresent();
        page.awaitStatus("Checked greenhouse account " + id + ": " + checked.findElement(By.className("last-check"))
                .getText().substring("last check: ".length()) + ".");
        chromium.script("window.scrollTo(0, 0)");
        chromium.screenshot("05-checked"); // docs/page.png

        String lastEventBefore = registered(id).lastEventDate().toString();
        page.rowButton(id, "Re-authenticate").click();
        chromium.until("the Hub is not in edit mode", d -> d.findElement(By.id("hub-title")).getText()
                .equals("Re-authenticate greenhouse account " + id));
        page.reauthenticateGreenhouseInTheHub();
        chromium.screenshot("06-reauthenticating");
        page.awaitStatus("Re-authenticated: greenhouse account " + id + " is linked again.");
        assertThat(registered(id).lastEventDate().toString()).isNotEqualTo(lastEventBefore);
        assertThat(browser.findElements(By.cssSelector("#accounts li"))).as("the same account, not a new one")
                .hasSize(1);
        chromium.screenshot("07-reauthenticated");
        chromium.click("button", "Close");

        page.rowButton(id, "Disconnect").click();
        browser.switchTo().alert().accept();
        chromium.until("the account is not shown deleted", d -> !d.findElements(
                By.cssSelector("#accounts li[data-account-id='" + id + "'][data-state='deleted']")).isEmpty());
        assertThat(registered(id).state()).isEqualTo(LinkedAccountState.DELETED);
        page.awaitStatus("Disconnected greenhouse account " + id + ".");
        chromium.screenshot("08-disconnected");
        chromium.assertNothingLeftTheMachine();
    }

    /** On a phone-sized screen the page is one column: nothing is wider than the screen, the Hub included. */
    @Test
    void onAPhoneSizedScreenNothingScrollsSideways() {
        browser.manage().window().setSize(new Dimension(390, 844));
        page.open();
        page.signIn(OWNER, "Page Tenant");
        browser.findElement(By.id("connect-account")).click();
        chromium.deep("*", "Greenhouse");
        chromium.screenshot("phone-hub-open");

        Object overflow = chromium.script("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal scroll in px").isLessThanOrEqualTo(0);
        chromium.assertNothingLeftTheMachine();
    }

    /**
     * Every field has a label, the status and errors are announced, and the page works from the keyboard alone: Tab
     * to the sign-in button, Enter.
     */
    @Test
    void everyFieldIsLabelledAndTheKeyboardSignsIn() {
        page.open();
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) chromium.script("return [...document.querySelectorAll("
                + "'input, select, textarea')].filter(f => f.labels.length === 0).map(f => f.id)");
        assertThat(unlabelled).isEmpty();
        assertThat(browser.findElement(By.id("status")).getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.findElement(By.id("error")).getAttribute("role")).isEqualTo("alert");

        WebElement owner = browser.findElement(By.id("owner-id"));
        owner.clear();
        owner.sendKeys(OWNER);
        browser.switchTo().activeElement().sendKeys(Keys.TAB); // the name
        browser.switchTo().activeElement().sendKeys(Keys.TAB); // the sign-in button
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("demo-sign-in");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        chromium.until("not signed in", d -> d.findElement(By.id("signed-in")).getText().contains(OWNER));
    }

    /** A caller token connect refuses (here: a forged one in the tab's storage) is said in plain words. */
    @Test
    void aRefusedTokenIsSaidInPlainWords() {
        page.open();
        chromium.script("sessionStorage.setItem('connect.page.credentials', JSON.stringify({callerToken: 'e30.e30.x'}))");
        browser.navigate().refresh();
        WebElement error = chromium.until("no error shown", d -> {
            WebElement shown = d.findElement(By.id("error"));
            return shown.isDisplayed() ? shown : null;
        });
        assertThat(error.getText()).startsWith("connect did not accept your credentials: they may have expired. "
                + "Sign in again").doesNotContain("e30.e30.x");
        chromium.screenshot("refused-token");
        browser.findElement(By.id("sign-out")).click();
        chromium.until("no sign-in form", d -> d.findElement(By.id("demo-form")).isDisplayed());
        assertThat(chromium.script("return sessionStorage.getItem('connect.page.credentials')")).isNull();
    }
}
