package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.connect.domain.fakes.MutableClock;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.port.in.account.FindLinkedAccountUseCase;
import dev.connect.domain.model.owner.OwnerId;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Auth links on the assembled app over HTTP, in the embedded default (the sandbox, the outbox) and with a real SMTP
 * server: create, deliver, open, link in the sandbox's hosted Hub, the sandbox's signed account.created webhook, and
 * the link linked; expiry, revocation, resend after a failed delivery, two links of one owner.
 */
class AuthLinksEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SMTP_PASSWORD = "smtp-pa55word-for-the-e2e-test";

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Logger root;
    private Level previousLevel;
    private ConnectApplication app;
    private String operatorKey;

    @BeforeEach
    void captureLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.setContext(context);
        logs.start();
        root.addAppender(logs);
        previousLevel = root.getLevel();
        root.setLevel(Level.ALL);
    }

    @AfterEach
    void stop() {
        root.detachAppender(logs);
        root.setLevel(previousLevel);
        if (app != null) {
            app.close();
        }
    }

    private void start(Map<String, String> settings, Clock clock) {
        app = SandboxMode.start(data, ConnectSettings.HttpServer.JAVALIN, settings, clock);
        operatorKey = app.generatedOperatorKey().orElseThrow().value();
    }

    private void start() {
        start(Map.of(), Clock.systemUTC());
    }

    private URI api(String path) {
        return URI.create("http://127.0.0.1:" + app.httpPort() + path);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(api(path)).header("Authorization", "Bearer " + operatorKey)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(api(path)).header("Authorization", "Bearer " + operatorKey).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode create(String owner, String provider) throws Exception {
        HttpResponse<String> created = post("/v1/admin/auth-links", "{\"ownerId\": \"" + owner + "\", \"ownerName\": \""
                + owner + " Ltd\", \"recipientEmail\": \"ada@acme.test\""
                + (provider == null ? "" : ", \"provider\": \"" + provider + "\"") + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode link = JSON.readTree(created.body());
        String url = link.get("url").asText();
        dev.connect.app.logscan.KnownSecrets.register("an auth link's token", url.substring(url.lastIndexOf('/') + 1));
        return link;
    }

    private JsonNode link(JsonNode created) throws Exception {
        return JSON.readTree(get("/v1/admin/auth-links/" + created.get("id").asText()).body());
    }

    /** Opens the link as its recipient's browser does, without following the redirect. */
    private HttpResponse<String> open(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String hubToken(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        String query = URI.create(location).getRawQuery();
        return URLDecoder.decode(query.substring(query.indexOf("token=") + 6), StandardCharsets.UTF_8);
    }

    /** The sandbox's webhook is asynchronous: wait (boundedly) until connect's registry has the account. */
    private void awaitRegistered(String accountId, String owner) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (app.useCases().findLinkedAccount().find(new FindLinkedAccountUseCase.Query(new OwnerId(owner),
                new AccountId(accountId))).isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the sandbox's account.created webhook never reached connect");
            }
            Thread.sleep(50);
        }
    }

    private String everythingLogged() {
        // connect's lines and its libraries'; the test's SMTP server logs the whole dialogue it receives
        return logs.list.stream().filter(event -> !event.getLoggerName().startsWith("com.icegreen"))
                .map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
    }

    @Test
    void createDeliverOpenLinkInTheHostedHubAndTheWebhookMarksTheLinkLinked() throws Exception {
        start();
        JsonNode created = create("tenant-7", "bamboohr");
        String url = created.get("url").asText();

        assertThat(created.get("state").asText()).isEqualTo("pending");
        assertThat(created.get("delivery").get("status").asText()).isEqualTo("sent");
        assertThat(url).startsWith("http://127.0.0.1:" + app.httpPort() + "/links/");
        JsonNode outbox = JSON.readTree(get("/v1/admin/outbox").body()).get("data");
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0).get("to").asText()).isEqualTo("ada@acme.test");
        assertThat(outbox.get(0).get("url").asText()).isEqualTo(url);
        assertThat(outbox.get(0).get("text").asText()).contains(url).contains("5 days");

        HttpResponse<String> redirect = open(url);
        assertThat(redirect.statusCode()).isEqualTo(303);
        assertThat(redirect.headers().firstValue("Location").orElseThrow())
                .startsWith(app.sandbox().orElseThrow().baseUrl().toString().replaceAll("/$", "") + "/connect/hub");
        String account = SandboxMode.linkInHub(app.sandbox().orElseThrow(), hubToken(redirect), "bamboohr");
        awaitRegistered(account, "tenant-7");

        JsonNode linked = link(created);
        assertThat(linked.get("state").asText()).isEqualTo("linked");
        assertThat(linked.get("linkedAccountId").asText()).isEqualTo(account);
        assertThat(linked.get("linkedAt").isNull()).isFalse();
        HttpResponse<String> used = open(url);
        assertThat(used.statusCode()).isEqualTo(410);
        assertThat(used.body()).contains("This link is not valid").contains("already been used");
        assertThat(JSON.readTree(get("/v1/admin/auth-links?state=linked&ownerId=tenant-7").body()).get("data"))
                .hasSize(1);
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertThat(everythingLogged()).contains("auth_link_change auth_link_id=" + created.get("id").asText())
                .doesNotContain(token);
    }

    @Test
    void ofTwoPendingLinksOfOneOwnerOnlyTheOneNamingTheLinkedProviderIsLinked() throws Exception {
        start();
        JsonNode hibob = create("tenant-8", "hibob");
        JsonNode bamboo = create("tenant-8", "bamboohr");

        String account = SandboxMode.link(app, "bamboohr", "tenant-8", false);
        awaitRegistered(account, "tenant-8");

        assertThat(link(bamboo).get("state").asText()).isEqualTo("linked");
        assertThat(link(bamboo).get("linkedAccountId").asText()).isEqualTo(account);
        assertThat(link(hibob).get("state").asText()).isEqualTo("pending");
    }

    @Test
    void aRevokedLinkIsRefusedByItsPageAndALinkingAfterwardsMarksNothingLinked() throws Exception {
        start();
        JsonNode created = create("tenant-9", "hibob");
        String url = created.get("url").asText();
        String hubToken = hubToken(open(url));

        HttpResponse<String> revoked = post("/v1/admin/auth-links/" + created.get("id").asText() + "/revoke", "");
        HttpResponse<String> again = post("/v1/admin/auth-links/" + created.get("id").asText() + "/revoke", "{}");
        HttpResponse<String> refused = open(url);
        String account = SandboxMode.linkInHub(app.sandbox().orElseThrow(), hubToken, "hibob");
        awaitRegistered(account, "tenant-9");

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(revoked.body()).get("state").asText()).isEqualTo("revoked");
        assertThat(again.body()).isEqualTo(revoked.body());
        assertThat(refused.statusCode()).isEqualTo(410);
        assertThat(refused.body()).contains("This link is not valid").contains("withdrawn");
        JsonNode after = link(created);
        assertThat(after.get("state").asText()).isEqualTo("revoked");
        assertThat(after.get("linkedAccountId").isNull()).isTrue();
        HttpResponse<String> resend = post("/v1/admin/auth-links/" + created.get("id").asText() + "/resend", "");
        assertThat(resend.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(resend.body()).get("code").asText()).isEqualTo("conflict");
    }

    @Test
    void aLinkPastItsTimeReadsExpiredIsSweptAndItsPageRefusesIt() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        start(Map.of(), clock);
        HttpResponse<String> response = post("/v1/admin/auth-links", "{\"ownerId\": \"tenant-10\", \"ownerName\": "
                + "\"T\", \"recipientEmail\": \"ada@acme.test\", \"expiresIn\": 300}");
        JsonNode created = JSON.readTree(response.body());

        clock.advance(Duration.ofSeconds(301));

        assertThat(link(created).get("state").asText()).isEqualTo("expired");
        assertThat(JSON.readTree(get("/v1/admin/auth-links?state=pending").body()).get("data")).isEmpty();
        HttpResponse<String> refused = open(created.get("url").asText());
        assertThat(refused.statusCode()).isEqualTo(410);
        assertThat(refused.body()).contains("expired");
        assertThat(app.useCases().expireAuthLinks().expireDue()).isEqualTo(1);
        assertThat(app.useCases().expireAuthLinks().expireDue()).isZero();
        assertThat(everythingLogged()).contains("from=PENDING to=EXPIRED");
        assertThat(post("/v1/admin/auth-links/" + created.get("id").asText() + "/revoke", "").statusCode())
                .isEqualTo(409);
    }

    @Test
    void aFailedDeliveryStaysPendingWithItsErrorAndResendWorksOnceTheMailServerIsUp() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> smtp = new HashMap<>(Map.of("CONNECT_SMTP_HOST", "127.0.0.1",
                "CONNECT_SMTP_PORT", String.valueOf(port), "CONNECT_SMTP_SECURITY", "none",
                "CONNECT_SMTP_USERNAME", "connect", "CONNECT_SMTP_PASSWORD", SMTP_PASSWORD,
                "CONNECT_MAIL_FROM", "links@connect.test"));
        start(smtp, Clock.systemUTC());
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            JsonNode created = create("tenant-11", null);
            String url = created.get("url").asText();

            assertThat(created.get("state").asText()).isEqualTo("pending");
            assertThat(created.get("delivery").get("status").asText()).isEqualTo("pending");
            assertThat(created.get("delivery").get("attempts").asInt()).isEqualTo(1);
            assertThat(created.get("delivery").get("lastError").asText()).contains("could not be reached");
            assertThat(created.get("delivery").get("nextAttemptAt").isNull()).isFalse();
            assertThat(get("/v1/admin/outbox").statusCode()).isEqualTo(404);

            mail.start();
            mail.setUser("links@connect.test", "connect", SMTP_PASSWORD);
            HttpResponse<String> resent = post("/v1/admin/auth-links/" + created.get("id").asText() + "/resend", "");

            assertThat(resent.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(resent.body()).get("delivery").get("status").asText()).isEqualTo("sent");
            MimeMessage[] received = mail.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("ada@acme.test");
            assertThat(received[0].getSubject()).isEqualTo("tenant-11 Ltd: please connect an account");
            assertThat(GreenMailUtil.getBody(received[0])).contains(url.substring(url.lastIndexOf('/') + 1));
            assertThat(open(url).statusCode()).isEqualTo(303);
            String token = url.substring(url.lastIndexOf('/') + 1);
            assertThat(everythingLogged()).contains("could not be sent").doesNotContain(token)
                    .doesNotContain(SMTP_PASSWORD);
        } finally {
            mail.stop();
        }
    }

    @Test
    void theOperatorRoutesRefuseAnEndUsersToken() throws Exception {
        start();
        String endUser = ConnectSessionEndToEndTest.jwt(Map.of("org_id", "tenant-7", "org_name", "T"));
        for (HttpRequest request : List.of(
                HttpRequest.newBuilder(api("/v1/admin/auth-links")).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"ownerId\": \"tenant-7\", \"ownerName\": \"T\", \"recipientEmail\": \"ada@acme.test\"}")),
                HttpRequest.newBuilder(api("/v1/admin/auth-links")).GET(),
                HttpRequest.newBuilder(api("/v1/admin/outbox")).GET())
                .stream().map(builder -> builder.header("Authorization", "Bearer " + endUser)
                        .header("Content-Type", "application/json").build()).toList()) {
            HttpResponse<String> refused = http.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("unauthenticated");
        }
        assertThat(JSON.readTree(get("/v1/admin/outbox").body()).get("data")).isEmpty();
    }

    /** Each link opens a connect session for its owner, so the owner's quota counts links too; others are unaffected. */
    @Test
    void creatingLinksDrawsOnTheOwnersQuotaAndNotOnOtherOwners() throws Exception {
        start(Map.of("CONNECT_OWNER_RATE_LIMIT", "1"), Clock.systemUTC());
        create("tenant-busy", null);

        HttpResponse<String> refused = post("/v1/admin/auth-links", "{\"ownerId\": \"tenant-busy\", \"ownerName\": "
                + "\"Busy Ltd\", \"recipientEmail\": \"ada@acme.test\"}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("owner_rate_limited");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        create("tenant-calm", null);
        assertThat(JSON.readTree(get("/v1/admin/auth-links?ownerId=tenant-busy").body()).get("data")).hasSize(1);
    }
}
