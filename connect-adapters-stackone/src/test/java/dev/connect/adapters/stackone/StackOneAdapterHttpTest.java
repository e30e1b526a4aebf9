package dev.connect.adapters.stackone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.ConflictException;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.owner.EndUser;
import dev.connect.domain.model.owner.Owner;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import dev.connect.domain.model.session.Category;
import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.Label;
import dev.connect.domain.model.session.Metadata;
import dev.connect.domain.model.session.SessionLifetime;
import dev.connect.domain.model.session.SessionToken;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The StackOne adapter over real HTTP against a stub StackOne: every documented status, retries and timeouts. */
class StackOneAdapterHttpTest {

    static final String API_KEY = "v1.eu1.test-secret-key-0123456789";
    static final String SESSION_JSON = """
            {"id": 42, "organization_id": 12345, "project_id": "proj-1", "origin_owner_id": "tenant-1",
             "origin_owner_name": "Acme", "created_at": "2026-01-01T10:00:00.000Z", "token": "session-token-xyz",
             "auth_link_url": "https://hub.stackone.test/link?token=abc", "a_field_added_later": {"x": 1}}""";
    static final String ACCOUNT_JSON = """
            {"id": "acc-1", "provider": "hibob", "status": "active", "origin_owner_id": "tenant-1",
             "origin_owner_name": "Acme", "credentials": {"apiKey": "provider-secret"}, "created_at": "2026-01-01T10:00:00Z",
             "updated_at": "2026-01-01T10:00:00Z", "status_reasons": []}""";

    private final WireMockServer stackOne = new WireMockServer(options().dynamicPort());
    private StackOneAdapters adapters;

    @BeforeEach
    void start() {
        stackOne.start();
        adapters = adapters(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
    }

    @AfterEach
    void stop() {
        stackOne.stop();
    }

    private StackOneAdapters adapters(Duration connect, Duration read, Duration deadline) {
        StackOneSettings settings = StackOneSettings.defaults(new StackOneApiKey(API_KEY))
                .withBaseUrl(URI.create(stackOne.baseUrl() + "/"))
                .withTimeouts(connect, read, deadline);
        return StackOneAdapters.create(settings, Clock.systemUTC());
    }

    static ConnectSessionRequest fullRequest() {
        return new ConnectSessionRequest(
                new EndUser(new Owner(new OwnerId("tenant-1"), new OwnerName("Acme")),
                        Optional.of(new UserName("alice@acme.test"))),
                Optional.of(new ProviderKey("hibob")), Set.of(Category.HRIS, Category.ATS), Optional.empty(), true,
                Optional.of(new Label("HR")), new Metadata(Map.of("plan", "pro")), SessionLifetime.ofSeconds(600));
    }

    static ConnectSessionRequest minimalRequest() {
        return new ConnectSessionRequest(
                new EndUser(new Owner(new OwnerId("tenant-1"), new OwnerName("Acme")), Optional.empty()),
                Optional.empty(), Set.of(), Optional.empty(), false, Optional.empty(), Metadata.EMPTY,
                SessionLifetime.DEFAULT);
    }

    @Test
    void sendsTheDocumentedBodyWithBasicAuthAndReadsTheSession() {
        stackOne.stubFor(post("/connect_sessions").willReturn(json(201, SESSION_JSON)));

        ConnectSession session = adapters.connectSessions().open(fullRequest());

        assertThat(session.token()).isEqualTo(new SessionToken("session-token-xyz"));
        assertThat(session.expiresAt()).isEqualTo(Instant.parse("2026-01-01T10:10:00Z"));
        assertThat(session.authLinkUrl()).contains(URI.create("https://hub.stackone.test/link?token=abc"));
        String basic = "Basic " + Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8));
        stackOne.verify(1, postRequestedFor(urlEqualTo("/connect_sessions"))
                .withHeader("Authorization", equalTo(basic))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"origin_owner_id": "tenant-1", "origin_owner_name": "Acme",
                         "origin_username": "alice@acme.test", "provider": "hibob", "categories": ["ats", "hris"],
                         "multiple": true, "label": "HR", "metadata": {"plan": "pro"}, "expires_in": 600}""")));
    }

    @Test
    void leavesOutWhatTheRequestDoesNotSay() {
        stackOne.stubFor(post("/connect_sessions").willReturn(json(201, SESSION_JSON)));

        adapters.connectSessions().open(minimalRequest());

        stackOne.verify(postRequestedFor(urlEqualTo("/connect_sessions")).withRequestBody(equalToJson("""
                {"origin_owner_id": "tenant-1", "origin_owner_name": "Acme", "expires_in": 1800}""")));
    }

    @Test
    void readsAnAccountAndNeverKeepsItsCredentials() {
        stackOne.stubFor(get("/accounts/acc-1").willReturn(json(200, ACCOUNT_JSON)));

        var account = adapters.accountDirectory().find(new AccountId("acc-1")).orElseThrow();

        assertThat(account.ownerId()).isEqualTo(new OwnerId("tenant-1"));
        assertThat(account.provider()).isEqualTo(new ProviderKey("hibob"));
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.toString()).doesNotContain("provider-secret");
    }

    @Test
    void anUnknownAccountIsEmpty() {
        stackOne.stubFor(get("/accounts/nope").willReturn(json(404,
                "{\"statusCode\":404,\"message\":\"Account not found\",\"timestamp\":\"2026-01-01T00:00:00Z\"}")));

        assertThat(adapters.accountDirectory().find(new AccountId("nope"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"active, ACTIVE", "inactive, INACTIVE", "Suspended, SUSPENDED", "archived, ARCHIVED",
            "expired, EXPIRED", "error, ERROR", "hibernating, UNKNOWN"})
    void readsEveryAccountStatusAndAnUnknownOneAsUnknown(String wire, AccountStatus expected) {
        stackOne.stubFor(get("/accounts/acc-1").willReturn(json(200, ACCOUNT_JSON.replace("\"active\"", "\"" + wire + "\""))));

        assertThat(adapters.accountDirectory().find(new AccountId("acc-1")).orElseThrow().status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
            "400, UPSTREAM_REJECTED",
            "422, UPSTREAM_REJECTED",
            "401, UPSTREAM_MISCONFIGURED",
            "403, UPSTREAM_MISCONFIGURED",
            "500, UPSTREAM_UNAVAILABLE",
            "501, UPSTREAM_UNAVAILABLE",
            "502, UPSTREAM_UNAVAILABLE",
            "503, UPSTREAM_UNAVAILABLE",
            "504, UPSTREAM_TIMEOUT"})
    void mapsEveryErrorStatusOfAPostToADomainFailureWithoutRetrying(int status, ErrorCode expected) {
        stackOne.stubFor(post("/connect_sessions").willReturn(json(status, """
                {"statusCode": %d, "message": "Provider 'x' is not enabled", "timestamp": "2026-01-01T00:00:00Z",
                 "errorCode": "ValidationError", "errors": ["provider must be enabled"]}""".formatted(status))));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> adapters.connectSessions().open(minimalRequest()));

        assertThat(failure.code()).isEqualTo(expected);
        assertThat(failure.getMessage()).doesNotContain(API_KEY);
        stackOne.verify(1, postRequestedFor(urlEqualTo("/connect_sessions")));
        if (status == 400 || status == 422) {
            assertThat(failure.getMessage()).contains("Provider 'x' is not enabled").contains("provider must be enabled");
        }
    }

    @Test
    void aRefusedKeyIsNeverEchoedEvenWhenStackOneQuotesIt() {
        stackOne.stubFor(post("/connect_sessions").willReturn(json(401,
                "{\"statusCode\":401,\"message\":\"Invalid API key " + API_KEY + "\"}")));

        assertThatThrownBy(() -> adapters.connectSessions().open(minimalRequest()))
                .isInstanceOf(UpstreamException.class)
                .hasMessageContaining("check CONNECT_STACKONE_API_KEY")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(API_KEY));
    }

    @Test
    void aStackOneMessageThatQuotesTheKeyIsRedacted() {
        stackOne.stubFor(post("/connect_sessions").willReturn(json(400,
                "{\"statusCode\":400,\"message\":\"bad header Basic " + API_KEY + "\"}")));

        assertThatThrownBy(() -> adapters.connectSessions().open(minimalRequest()))
                .hasMessageContaining("[redacted]")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(API_KEY));
    }

    @Test
    void conflictIsAConflict() {
        stackOne.stubFor(post("/connect_sessions").willReturn(json(409, "{\"statusCode\":409,\"message\":\"exists\"}")));

        assertThatThrownBy(() -> adapters.connectSessions().open(minimalRequest()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("exists");
    }

    @Test
    void aNonJsonErrorBodyFromAProxyIsHandled() {
        stackOne.stubFor(post("/connect_sessions").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Bad Request</body></html>")));

        assertThatThrownBy(() -> adapters.connectSessions().open(minimalRequest()))
                .isInstanceOf(UpstreamException.class)
                .hasMessage("StackOne rejected the request: HTTP 400"); // the JDK client keeps no reason phrase
    }

    @Test
    void anErrorWithoutBodyIsHandled() {
        stackOne.stubFor(post("/connect_sessions").willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> adapters.connectSessions().open(minimalRequest()))
                .isInstanceOfSatisfying(UpstreamException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE));
    }

    @Test
    void a2xxBodyThatIsNotJsonIsAnUpstreamFailure() {
        stackOne.stubFor(post("/connect_sessions").willReturn(aResponse().withStatus(201).withBody("<html>")));

        assertThatThrownBy(() -> adapters.connectSessions().open(minimalRequest()))
                .isInstanceOfSatisfying(UpstreamException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE));
    }

    @Test
    void rateLimitedThenCreatedGivesOneSessionAfterRetryAfter() {
        stackOne.stubFor(post("/connect_sessions").inScenario("rate").whenScenarioStateIs(STARTED)
                .willReturn(json(429, "{\"statusCode\":429,\"message\":\"Too many requests\"}")
                        .withHeader("Retry-After", "1"))
                .willSetStateTo("open"));
        stackOne.stubFor(post("/connect_sessions").inScenario("rate").whenScenarioStateIs("open")
                .willReturn(json(201, SESSION_JSON)));

        long start = System.nanoTime();
        ConnectSession session = adapters.connectSessions().open(minimalRequest());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(session.token()).isEqualTo(new SessionToken("session-token-xyz"));
        stackOne.verify(2, postRequestedFor(urlEqualTo("/connect_sessions")));
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void requestTimeoutThenCreatedIsRetried() {
        stackOne.stubFor(post("/connect_sessions").inScenario("408").whenScenarioStateIs(STARTED)
                .willReturn(json(408, "{\"statusCode\":408,\"message\":\"Request Timeout\"}"))
                .willSetStateTo("open"));
        stackOne.stubFor(post("/connect_sessions").inScenario("408").whenScenarioStateIs("open")
                .willReturn(json(201, SESSION_JSON)));

        assertThat(adapters.connectSessions().open(minimalRequest()).token().value()).isEqualTo("session-token-xyz");
        stackOne.verify(2, postRequestedFor(urlEqualTo("/connect_sessions")));
    }

    @Test
    void aRetryAfterBeyondTheDeadlineFailsAtOnceAndSaysWhenToComeBack() {
        stackOne.stubFor(post("/connect_sessions").willReturn(
                json(429, "{\"statusCode\":429,\"message\":\"Too many\"}").withHeader("Retry-After", "60")));

        long start = System.nanoTime();
        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> adapters.connectSessions().open(minimalRequest()));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_RATE_LIMITED);
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(60));
        stackOne.verify(1, postRequestedFor(urlEqualTo("/connect_sessions")));
    }

    @Test
    void persistentServiceUnavailableOnAReadIsRetriedAndFailsWithinTheDeadline() {
        stackOne.stubFor(get("/accounts/acc-1").willReturn(json(503, "{\"statusCode\":503,\"message\":\"down\"}")));
        StackOneAdapters withDeadline = adapters(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(1500));

        long start = System.nanoTime();
        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> withDeadline.accountDirectory().find(new AccountId("acc-1")));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertThat(took).isLessThan(Duration.ofMillis(1500 + 500));
        assertThat(stackOne.findAll(getRequestedFor(urlEqualTo("/accounts/acc-1")))).hasSizeGreaterThan(1);
    }

    @Test
    void aServerErrorOnAReadThenSuccessIsRetried() {
        stackOne.stubFor(get("/accounts/acc-1").inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(json(502, "{}")).willSetStateTo("ok"));
        stackOne.stubFor(get("/accounts/acc-1").inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(json(200, ACCOUNT_JSON)));

        assertThat(adapters.accountDirectory().find(new AccountId("acc-1"))).isPresent();
        stackOne.verify(2, getRequestedFor(urlEqualTo("/accounts/acc-1")));
    }

    @Test
    void aPostThatTimesOutWhileReadingIsNotRepeatedBecauseStackOneMayHaveActed() {
        stackOne.stubFor(post("/connect_sessions").willReturn(json(201, SESSION_JSON).withFixedDelay(1500)));
        StackOneAdapters impatient = adapters(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(5));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> impatient.connectSessions().open(minimalRequest()));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_TIMEOUT);
        stackOne.verify(1, postRequestedFor(urlEqualTo("/connect_sessions")));
    }

    @Test
    void aReadThatTimesOutIsRepeatedUntilTheDeadline() {
        stackOne.stubFor(get("/accounts/acc-1").willReturn(json(200, ACCOUNT_JSON).withFixedDelay(1000)));
        StackOneAdapters impatient = adapters(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofMillis(1200));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> impatient.accountDirectory().find(new AccountId("acc-1")));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_TIMEOUT);
        assertThat(stackOne.findAll(getRequestedFor(urlEqualTo("/accounts/acc-1")))).hasSizeGreaterThan(1);
    }

    @Test
    void aDroppedConnectionOnAPostIsNotRepeated() {
        stackOne.stubFor(post("/connect_sessions").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> adapters.connectSessions().open(minimalRequest()));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        stackOne.verify(1, postRequestedFor(urlEqualTo("/connect_sessions")));
    }

    @Test
    void aRefusedConnectionFailsAsUnavailableWithinTheDeadline() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        StackOneAdapters nowhere = StackOneAdapters.create(StackOneSettings.defaults(new StackOneApiKey(API_KEY))
                .withBaseUrl(URI.create("http://127.0.0.1:" + closedPort))
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(1000)), Clock.systemUTC());

        long start = System.nanoTime();
        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> nowhere.connectSessions().open(minimalRequest()));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertThat(failure.getMessage()).isEqualTo("StackOne could not be reached");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
