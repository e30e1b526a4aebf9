package dev.connect.adapters.stackone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.DirectoryQuery;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.owner.EndUser;
import dev.connect.domain.model.owner.Owner;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.Metadata;
import dev.connect.domain.model.session.SessionLifetime;
import dev.connect.sandbox.SandboxSettings;
import dev.connect.sandbox.StackOneSandbox;
import dev.connect.sandbox.faults.HttpFault;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract against the sandbox, and every fault kind the sandbox can inject, as the adapter sees it. */
class StackOneAdapterSandboxTest extends StackOneAdapterContract {

    private StackOneSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = StackOneSandbox.start(SandboxSettings.defaults().withPort(0));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Override
    URI baseUrl() {
        return sandbox.baseUrl();
    }

    @Override
    String apiKey() {
        return sandbox.apiKey();
    }

    /** Links an account exactly as the Hub does: a session for the owner, then the credentials form. */
    @Override
    String givenLinkedAccount(String ownerId, String ownerName, String provider) {
        var request = new ConnectSessionRequest(
                new EndUser(new Owner(new OwnerId(ownerId), new OwnerName(ownerName)), Optional.empty()),
                Optional.of(new ProviderKey(provider)), Set.of(), Optional.empty(), false, Optional.empty(),
                Metadata.EMPTY, SessionLifetime.DEFAULT);
        String token = adapters(apiKey()).connectSessions().open(request).token().value();
        try {
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            sandbox.baseUrl().resolve("/hub/accounts"))
                    .header("Content-Type", "application/json").header("x-hub-session-token", token)
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"integration_id": "int_%s", "credentials": {"subdomain": "acme",
                             "api_key": "sandbox-api-key-123"}}""".formatted(provider)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isBetween(200, 299);
            JsonNode account = new ObjectMapper().readTree(created.body());
            return account.get("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private StackOneAdapters adapters(Duration read, Duration deadline) {
        return StackOneAdapters.create(StackOneSettings.defaults(new StackOneApiKey(apiKey())).withBaseUrl(baseUrl())
                .withTimeouts(Duration.ofSeconds(1), read, deadline), Clock.systemUTC());
    }

    @Test
    void listsAnOwnersAccountsPageByPageInCreationOrder() {
        // a new owner name each time: the same owner, name and provider would re-link the same account
        List<String> ids = List.of(givenLinkedAccount("tenant-p", "Paged 1", "bamboohr"),
                givenLinkedAccount("tenant-p", "Paged 2", "bamboohr"), givenLinkedAccount("tenant-p", "Paged 3", "bamboohr"));
        givenLinkedAccount("tenant-other", "Other", "bamboohr");
        var directory = adapters(apiKey()).accountDirectory();

        List<DirectoryAccount> first = directory.list(owner("tenant-p", 1, 2)).accounts();
        List<DirectoryAccount> second = directory.list(owner("tenant-p", 2, 2)).accounts();

        assertThat(first).extracting(account -> account.id().value()).containsExactly(ids.get(0), ids.get(1));
        assertThat(second).extracting(account -> account.id().value()).containsExactly(ids.get(2));
        assertThat(second.get(0).provider()).isEqualTo(new ProviderKey("bamboohr"));
        assertThat(second.get(0).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(directory.list(new DirectoryQuery(List.of(), List.of(new ProviderKey("bamboohr")),
                List.of(new AccountId(ids.get(1)), new AccountId(ids.get(2))), List.of(AccountStatus.ACTIVE), 1, 25))
                .accounts())
                .extracting(account -> account.id().value()).containsExactly(ids.get(1), ids.get(2));
    }

    @Test
    void aListingRateLimitedOnceIsRetriedAfterRetryAfter() {
        String id = givenLinkedAccount("tenant-r", "Rate", "bamboohr");
        sandbox.injectFault(HttpFault.tooManyRequests("GET", "/accounts*", 1, 1));

        assertThat(adapters(apiKey()).accountDirectory().list(owner("tenant-r", 1, 25)).accounts())
                .extracting(account -> account.id().value()).containsExactly(id);
    }

    @Test
    void deletesOnceAndThenNoLongerKnowsTheAccount() {
        String id = givenLinkedAccount("tenant-d", "Delete", "bamboohr");
        var directory = adapters(apiKey()).accountDirectory();

        assertThat(directory.meta(new AccountId(id))).hasValueSatisfying(meta ->
                assertThat(meta.category()).isEqualTo("hris"));
        assertThat(directory.delete(new AccountId(id))).isTrue();
        assertThat(directory.find(new AccountId(id))).isEmpty();
        assertThat(directory.delete(new AccountId(id))).isFalse();
        assertThat(directory.meta(new AccountId(id))).isEmpty();
    }

    @Test
    void theSandboxsSessionCarriesItsOrganizationIdAsANumber() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        sandbox.baseUrl().resolve("/connect_sessions"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (apiKey() + ":").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"origin_owner_id\": \"o\", \"origin_owner_name\": \"O\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(new ObjectMapper().readTree(created.body()).get("organization_id").isIntegralNumber()).isTrue();
    }

    private static DirectoryQuery owner(String owner, int page, int pageSize) {
        return new DirectoryQuery(List.of(new OwnerId(owner)), List.of(), List.of(), List.of(), page, pageSize);
    }

    @Test
    void rateLimitedOnceThenTheSessionOpensAfterRetryAfter() {
        sandbox.injectFault(HttpFault.tooManyRequests("POST", "/connect_sessions", 1, 1));

        long start = System.nanoTime();
        var session = adapters(apiKey()).connectSessions().open(StackOneAdapterHttpTest.minimalRequest());

        assertThat(session.token().value()).isNotBlank();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aRequestTimeoutIsRetried() {
        sandbox.injectFault(HttpFault.requestTimeout("POST", "/connect_sessions", 0, 1));

        assertThat(adapters(apiKey()).connectSessions().open(StackOneAdapterHttpTest.minimalRequest()).token().value())
                .isNotBlank();
    }

    @Test
    void aServerErrorOnAPostIsNotRetried() {
        sandbox.injectFault(HttpFault.status("POST", "/connect_sessions", 500, 1));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> adapters(apiKey()).connectSessions().open(StackOneAdapterHttpTest.minimalRequest()));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        // the fault was used up by the one attempt: the next call succeeds
        assertThat(adapters(apiKey()).connectSessions().open(StackOneAdapterHttpTest.minimalRequest()).token().value())
                .isNotBlank();
    }

    @Test
    void persistentBadGatewayOnAReadFailsWithinTheDeadline() {
        sandbox.injectFault(HttpFault.status("GET", "/accounts/*", 502, 1000));

        long start = System.nanoTime();
        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> adapters(Duration.ofSeconds(1), Duration.ofMillis(1500)).accountDirectory()
                        .find(new AccountId("acc-1")));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void aSlowAnswerTimesOut() {
        sandbox.injectFault(HttpFault.slow("POST", "/connect_sessions", Duration.ofMillis(1500), 1));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> adapters(Duration.ofMillis(300), Duration.ofSeconds(3)).connectSessions()
                        .open(StackOneAdapterHttpTest.minimalRequest()));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_TIMEOUT);
    }

    @Test
    void aDroppedConnectionIsUnavailable() {
        sandbox.injectFault(HttpFault.dropConnection("POST", "/connect_sessions", 1));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> adapters(apiKey()).connectSessions().open(StackOneAdapterHttpTest.minimalRequest()));

        assertThat(failure.code()).isIn(ErrorCode.UPSTREAM_UNAVAILABLE, ErrorCode.UPSTREAM_TIMEOUT);
    }
}
