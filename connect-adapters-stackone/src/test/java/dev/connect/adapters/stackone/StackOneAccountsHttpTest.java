package dev.connect.adapters.stackone;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.connect.adapters.stackone.StackOneAdapterHttpTest.ACCOUNT_JSON;
import static dev.connect.adapters.stackone.StackOneAdapterHttpTest.API_KEY;
import static dev.connect.adapters.stackone.StackOneAdapterHttpTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.DirectoryQuery;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.account.StatusReason;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** StackOne's accounts API over real HTTP against a stub: listing, delete, meta, and the session's organization id. */
class StackOneAccountsHttpTest {

    private static final String FULL_ACCOUNT = """
            {"id": "acc-7", "provider": "personio", "provider_name": "Personio", "status": "error",
             "status_reasons": [{"code": "token_expired", "description": "The token expired",
                                 "timestamp": "2026-01-02T03:04:05.678Z"},
                                {"description": "no code, odd date", "timestamp": "yesterday"}],
             "origin_owner_id": "tenant-7", "origin_owner_name": "Initech", "origin_username": "peter@initech.test",
             "setup_information": {"domain": "initech", "region": {"eu": true}, "empty": null},
             "credentials": {"client_secret": "provider-secret"}, "type": "production",
             "created_at": "2026-01-01T10:00:00Z", "updated_at": "2026-01-02T10:00:00Z", "added_later": [1, 2]}""";

    private final WireMockServer stackOne = new WireMockServer(options().dynamicPort());
    private StackOneAdapters adapters;

    @BeforeEach
    void start() {
        stackOne.start();
        adapters = StackOneAdapters.create(StackOneSettings.defaults(new StackOneApiKey(API_KEY))
                .withBaseUrl(URI.create(stackOne.baseUrl()))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        stackOne.stop();
    }

    @Test
    void listsWithEveryFilterAsRepeatedParametersAndReadsTheWholeAccount() {
        stackOne.stubFor(get(urlPathEqualTo("/accounts")).willReturn(json(200, "[" + FULL_ACCOUNT + "]")));

        List<DirectoryAccount> page = adapters.accountDirectory().list(new DirectoryQuery(
                List.of(new OwnerId("tenant-7"), new OwnerId("tenant-8")),
                List.of(new ProviderKey("personio"), new ProviderKey("hibob")),
                List.of(new AccountId("acc-7")), List.of(AccountStatus.ERROR, AccountStatus.EXPIRED), 2, 10)).accounts();

        stackOne.verify(getRequestedFor(urlPathEqualTo("/accounts"))
                .withQueryParam("page", equalTo("2")).withQueryParam("page_size", equalTo("10"))
                .withQueryParam("origin_owner_ids", havingExactly("tenant-7", "tenant-8"))
                .withQueryParam("providers", havingExactly("personio", "hibob"))
                .withQueryParam("account_ids", havingExactly("acc-7"))
                .withQueryParam("status", havingExactly("error", "expired")));
        assertThat(page).singleElement().satisfies(account -> {
            assertThat(account.id()).isEqualTo(new AccountId("acc-7"));
            assertThat(account.ownerId()).isEqualTo(new OwnerId("tenant-7"));
            assertThat(account.ownerName()).contains(new OwnerName("Initech"));
            assertThat(account.userName()).contains(new UserName("peter@initech.test"));
            assertThat(account.provider()).isEqualTo(new ProviderKey("personio"));
            assertThat(account.status()).isEqualTo(AccountStatus.ERROR);
            assertThat(account.statusReasons()).containsExactly(
                    new StatusReason(Optional.of("token_expired"), Optional.of("The token expired"),
                            Optional.of(Instant.parse("2026-01-02T03:04:05.678Z"))),
                    new StatusReason(Optional.empty(), Optional.of("no code, odd date"), Optional.empty()));
            assertThat(account.setupInformation().orElseThrow().entries())
                    .containsExactly(Map.entry("domain", "initech"), Map.entry("region", "{\"eu\":true}"));
            assertThat(account.createdAt()).contains(Instant.parse("2026-01-01T10:00:00Z"));
            assertThat(account.toString()).doesNotContain("provider-secret");
        });
    }

    @Test
    void withoutFiltersOnlyThePageIsSent() {
        stackOne.stubFor(get(urlPathEqualTo("/accounts")).willReturn(json(200, "[]")));

        assertThat(adapters.accountDirectory().list(DirectoryQuery.all(1)).accounts()).isEmpty();

        stackOne.verify(getRequestedFor(urlEqualTo("/accounts?page=1&page_size=25")));
    }

    @Test
    void alsoReadsTheDataEnvelopeSomeOfStackOnesDocsShow() {
        stackOne.stubFor(get(urlPathEqualTo("/accounts")).willReturn(json(200,
                "{\"data\": [" + ACCOUNT_JSON + "], \"next\": null}")));

        assertThat(adapters.accountDirectory().list(DirectoryQuery.all(1)).accounts())
                .extracting(DirectoryAccount::id).containsExactly(new AccountId("acc-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"accounts\": []}", "\"accounts\"", "{\"data\": {}}", "[{\"id\": \"../x\", \"provider\": \"p\", \"origin_owner_id\": \"o\"}]",
            "[{\"id\": \"acc-1\", \"provider\": \"hibob\"}]"})
    void aListingThatIsNotStackOnesDocumentedAnswerIsUnavailableNotAGuess(String body) {
        stackOne.stubFor(get(urlPathEqualTo("/accounts")).willReturn(json(200, body)));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class,
                () -> adapters.accountDirectory().list(DirectoryQuery.all(1)));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    }

    @Test
    void deletesAnAccountAndTellsWhetherStackOneKnewIt() {
        stackOne.stubFor(delete("/accounts/acc-1").willReturn(json(200, ACCOUNT_JSON)));
        stackOne.stubFor(delete("/accounts/acc-gone").willReturn(json(404, "{\"statusCode\":404,\"message\":\"nope\"}")));

        assertThat(adapters.accountDirectory().delete(new AccountId("acc-1"))).isTrue();
        assertThat(adapters.accountDirectory().delete(new AccountId("acc-gone"))).isFalse();
    }

    @Test
    void aDeleteIsIdempotentSoAServerErrorIsRetried() {
        stackOne.stubFor(delete("/accounts/acc-1").inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(json(503, "{}")).willSetStateTo("ok"));
        stackOne.stubFor(delete("/accounts/acc-1").inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(json(404, "{\"statusCode\":404,\"message\":\"already deleted\"}")));

        assertThat(adapters.accountDirectory().delete(new AccountId("acc-1"))).isFalse();
        stackOne.verify(2, deleteRequestedFor(urlEqualTo("/accounts/acc-1")));
    }

    @Test
    void readsWhatAnAccountOffers() {
        stackOne.stubFor(get("/accounts/acc-1/meta").willReturn(json(200, """
                {"provider": "hibob", "category": "hris", "models": {"employees": {"read": true},
                 "time_off": {"read": true}}}""")));
        stackOne.stubFor(get("/accounts/acc-2/meta").willReturn(json(404, "{\"statusCode\":404,\"message\":\"no\"}")));

        assertThat(adapters.accountDirectory().meta(new AccountId("acc-1"))).hasValueSatisfying(meta -> {
            assertThat(meta.provider()).isEqualTo(new ProviderKey("hibob"));
            assertThat(meta.category()).isEqualTo("hris");
            assertThat(meta.models()).containsExactly("employees", "time_off");
        });
        assertThat(adapters.accountDirectory().meta(new AccountId("acc-2"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "\"12345\"", "\"org-1\"", "null"})
    void aSessionsOrganizationIdIsReadAsANumberAndAStringIsTolerated(String organizationId) {
        stackOne.stubFor(post("/connect_sessions").willReturn(json(201, StackOneAdapterHttpTest.SESSION_JSON
                .replace("12345", organizationId))));

        assertThat(adapters.connectSessions().open(StackOneAdapterHttpTest.minimalRequest()).token().value())
                .isEqualTo("session-token-xyz");
    }
}
