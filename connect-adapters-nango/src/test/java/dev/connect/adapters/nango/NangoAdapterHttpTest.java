package dev.connect.adapters.nango;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.DirectoryPage;
import dev.connect.domain.model.account.DirectoryQuery;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.account.StatusReason;
import dev.connect.domain.model.error.ConflictException;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.error.NotFoundException;
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
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Nango adapter over real HTTP against the stub: what is Nango's own, beyond the kit's contracts. */
class NangoAdapterHttpTest {

    private final NangoStub nango = new NangoStub();
    private final NangoAdapters adapters = nango.adapters(NangoStub.SECRET_KEY, Duration.ofSeconds(10),
            Duration.ofSeconds(20));

    @AfterEach
    void stop() {
        nango.close();
    }

    private static ConnectSessionRequest request(Optional<UserName> user, Optional<ProviderKey> provider,
                                                 Optional<AccountId> account) {
        return new ConnectSessionRequest(new EndUser(new Owner(new OwnerId("tenant-42"), new OwnerName("Globex")),
                user), provider, Set.of(), account, false, Optional.empty(), Metadata.EMPTY, SessionLifetime.DEFAULT);
    }

    @Test
    void opensASessionForTheEndUserTheirOrganizationAndTheIntegrationWithTagsForItsWebhooks() {
        ConnectSessionRequest labelled = new ConnectSessionRequest(new EndUser(new Owner(new OwnerId("tenant-42"),
                new OwnerName("Globex")), Optional.of(new UserName("hank@globex.test"))),
                Optional.of(new ProviderKey("hubspot")), Set.of(), Optional.empty(), true,
                Optional.of(new Label("CRM")), Metadata.EMPTY, SessionLifetime.DEFAULT);
        Instant before = Instant.now();

        ConnectSession session = adapters.connectSessions().open(labelled);

        assertThat(session.token().value()).startsWith("nango_connect_session_");
        assertThat(session.authLinkUrl()).hasValueSatisfying(link ->
                assertThat(link.toString()).startsWith("https://connect.nango.dev?session_token="));
        assertThat(session.expiresAt()).isAfter(before.plus(Duration.ofMinutes(29)));
        nango.server().verify(1, postRequestedFor(urlEqualTo("/connect/sessions"))
                .withHeader("Authorization", equalTo("Bearer " + NangoStub.SECRET_KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"end_user": {"id": "hank@globex.test", "email": "hank@globex.test",
                                      "display_name": "hank@globex.test"},
                         "organization": {"id": "tenant-42", "display_name": "Globex"},
                         "allowed_integrations": ["hubspot"],
                         "tags": {"organization_id": "tenant-42", "organization_name": "Globex",
                                  "end_user_id": "hank@globex.test", "end_user_email": "hank@globex.test",
                                  "label": "CRM"}}""")));
    }

    @Test
    void aUserNameThatIsNoEmailIsOnlyANameAndWithoutOneTheOrganizationStandsForTheUser() {
        adapters.connectSessions().open(request(Optional.of(new UserName("auth0|4711")), Optional.empty(),
                Optional.empty()));
        adapters.connectSessions().open(request(Optional.empty(), Optional.empty(), Optional.empty()));

        nango.server().verify(postRequestedFor(urlEqualTo("/connect/sessions")).withRequestBody(equalToJson("""
                {"end_user": {"id": "auth0|4711", "display_name": "auth0|4711"},
                 "organization": {"id": "tenant-42", "display_name": "Globex"},
                 "tags": {"organization_id": "tenant-42", "organization_name": "Globex", "end_user_id": "auth0|4711"}}
                """)));
        nango.server().verify(postRequestedFor(urlEqualTo("/connect/sessions")).withRequestBody(equalToJson("""
                {"end_user": {"id": "tenant-42"}, "organization": {"id": "tenant-42", "display_name": "Globex"},
                 "tags": {"organization_id": "tenant-42", "organization_name": "Globex"}}""")));
    }

    @Test
    void whatNangoCannotCarryIsRefusedNamingTheFieldAndNothingIsSent() {
        ConnectSessionRequest categories = new ConnectSessionRequest(request(Optional.empty(), Optional.empty(),
                Optional.empty()).endUser(), Optional.empty(), Set.of(Category.CRM), Optional.empty(), false,
                Optional.empty(), Metadata.EMPTY, SessionLifetime.DEFAULT);
        ConnectSessionRequest metadata = new ConnectSessionRequest(categories.endUser(), Optional.empty(), Set.of(),
                Optional.empty(), false, Optional.empty(), new Metadata(Map.of("plan", "pro")), SessionLifetime.DEFAULT);

        assertThatThrownBy(() -> adapters.connectSessions().open(categories))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("categories"));
        assertThatThrownBy(() -> adapters.connectSessions().open(metadata))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).contains("metadata"));
        assertThat(nango.server().getAllServeEvents()).isEmpty();
        assertThat(adapters.connectSessions().lifetimes().describe()).isEqualTo("exactly 1800 seconds");
    }

    @Test
    void reauthenticationReconnectsTheConnectionInItsIntegration() {
        nango.givenLinkedConnection("conn-7", "salesforce", "tenant-42", "Globex");

        adapters.connectSessions().open(request(Optional.empty(), Optional.empty(), Optional.of(new AccountId("conn-7"))));
        adapters.connectSessions().open(request(Optional.empty(), Optional.of(new ProviderKey("salesforce")),
                Optional.of(new AccountId("conn-7"))));

        nango.server().verify(2, postRequestedFor(urlEqualTo("/connect/sessions/reconnect")).withRequestBody(
                equalToJson("""
                        {"connection_id": "conn-7", "integration_id": "salesforce",
                         "end_user": {"id": "tenant-42"}, "organization": {"id": "tenant-42", "display_name": "Globex"},
                         "tags": {"organization_id": "tenant-42", "organization_name": "Globex"}}""")));
        nango.server().verify(1, getRequestedFor(urlPathEqualTo("/connections")));
        assertThatThrownBy(() -> adapters.connectSessions().open(request(Optional.empty(), Optional.empty(),
                Optional.of(new AccountId("conn-unknown"))))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSessionWithoutAConnectLinkIsATokenOnlyAndABadDateIsNangosFault() {
        nango.server().stubFor(post("/connect/sessions").atPriority(1).willReturn(NangoStub.json(201, """
                {"data": {"token": "nango_connect_session_00", "expires_at": "2026-03-01T12:30:00.000Z"}}""")));
        ConnectSession session = adapters.connectSessions().open(request(Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertThat(session.authLinkUrl()).isEmpty();
        assertThat(session.expiresAt()).isEqualTo(Instant.parse("2026-03-01T12:30:00Z"));

        nango.server().stubFor(post("/connect/sessions").atPriority(1).willReturn(NangoStub.json(201, """
                {"data": {"token": "nango_connect_session_00", "expires_at": "in half an hour"}}""")));
        UpstreamException failure = catchThrowableOfType(UpstreamException.class, () -> adapters.connectSessions()
                .open(request(Optional.empty(), Optional.empty(), Optional.empty())));
        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertThat(failure.getMessage()).contains("expires_at");
    }

    @Test
    void nangosValidationErrorsAreKeptInTheRejectionAndItsKeyIsNot() {
        nango.server().stubFor(post("/connect/sessions").atPriority(1).willReturn(NangoStub.json(400, """
                {"error": {"code": "invalid_body", "errors": [{"code": "custom",
                 "message": "Integration does not exist", "path": ["allowed_integrations", 0]}],
                 "message": "bad key %s"}}"""
                .formatted(NangoStub.SECRET_KEY))));

        UpstreamException failure = catchThrowableOfType(UpstreamException.class, () -> adapters.connectSessions()
                .open(request(Optional.empty(), Optional.of(new ProviderKey("nope")), Optional.empty())));

        assertThat(failure.code()).isEqualTo(ErrorCode.UPSTREAM_REJECTED);
        assertThat(failure.getMessage()).startsWith("Nango rejected the request: invalid_body")
                .contains("[\"allowed_integrations\",0] Integration does not exist").contains("[redacted]")
                .doesNotContain(NangoStub.SECRET_KEY);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"'', ACTIVE", "auth, ERROR", "sync, ACTIVE", "auth;sync, ERROR", "quota, UNKNOWN",
            "sync;quota, UNKNOWN"})
    void theStatusIsReadFromNangosCurrentErrors(String errors, AccountStatus expected) {
        List<String> types = errors.isEmpty() ? List.of() : List.of(errors.split(";"));
        nango.givenConnection("conn-1", "hubspot", Map.of("organization_id", "tenant-42"), types);

        DirectoryAccount account = adapters.accountDirectory().find(new AccountId("conn-1")).orElseThrow();

        assertThat(account.status()).isEqualTo(expected);
        assertThat(account.statusReasons()).extracting(reason -> reason.code().orElseThrow())
                .containsExactlyElementsOf(types);
        if (!types.isEmpty()) {
            assertThat(account.statusReasons().get(0)).isEqualTo(new StatusReason(Optional.of(types.get(0)),
                    Optional.of("see Nango log log-" + types.get(0)), Optional.empty()));
        }
    }

    @Test
    void readsTheOwnerAndUserConnectTaggedTheConnectionWith() {
        nango.givenConnection("conn-1", "hubspot", Map.of("organization_id", "tenant-42", "organization_name",
                "Globex", "end_user_id", "hank@globex.test"), List.of());

        DirectoryAccount account = adapters.accountDirectory().find(new AccountId("conn-1")).orElseThrow();

        assertThat(account.ownerId()).isEqualTo(new OwnerId("tenant-42"));
        assertThat(account.ownerName()).contains(new OwnerName("Globex"));
        assertThat(account.userName()).contains(new UserName("hank@globex.test"));
        assertThat(account.provider()).isEqualTo(new ProviderKey("hubspot"));
        assertThat(account.createdAt()).contains(Instant.parse("2026-03-01T12:00:00Z"));
    }

    @Test
    void aConnectionLinkedOutsideConnectIsNoneOfItsAccounts() {
        nango.givenConnection("conn-theirs", "hubspot", Map.of("team", "growth"), List.of());

        assertThat(adapters.accountDirectory().find(new AccountId("conn-theirs"))).isEmpty();
        assertThat(adapters.accountDirectory().meta(new AccountId("conn-theirs"))).isEmpty();
    }

    @Test
    void aConnectionIdInTwoIntegrationsIsAConflictNotAGuess() {
        nango.givenConnectionsSharingAnId("conn-twice", "hubspot", "salesforce");

        assertThatThrownBy(() -> adapters.accountDirectory().find(new AccountId("conn-twice")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("hubspot, salesforce");
        assertThatThrownBy(() -> adapters.accountDirectory().delete(new AccountId("conn-twice")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aDeleteNangoAnswersWithUnknownConnectionOrNotFoundFindsTheConnectionAlreadyGone() {
        nango.givenLinkedConnection("conn-1", "hubspot", "tenant-42", "Globex");
        nango.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(
                "/connections/conn-1?provider_config_key=hubspot").atPriority(1)
                .willReturn(NangoStub.json(404, "{\"error\": {\"code\": \"not_found\"}}")));

        assertThat(adapters.accountDirectory().delete(new AccountId("conn-1"))).isFalse();
        assertThat(adapters.accountDirectory().delete(new AccountId("conn-never"))).isFalse();
    }

    @Test
    void pagesCountFromZeroAndAPageNangoFilledIsNotTheLastWhateverWasLeftOutOfIt() {
        nango.givenLinkedConnection("conn-old", "hubspot", "tenant-42", "Globex");
        nango.givenConnection("conn-foreign", "Google Drive", Map.of("organization_id", "tenant-42"), List.of());

        DirectoryPage first = adapters.accountDirectory().list(new DirectoryQuery(List.of(), List.of(), List.of(),
                List.of(), 1, 1));
        DirectoryPage second = adapters.accountDirectory().list(new DirectoryQuery(List.of(), List.of(), List.of(),
                List.of(), 2, 1));
        DirectoryPage third = adapters.accountDirectory().list(new DirectoryQuery(List.of(), List.of(), List.of(),
                List.of(), 3, 1));

        assertThat(first.accounts()).isEmpty();
        assertThat(first.last()).isFalse();
        assertThat(second.accounts()).extracting(DirectoryAccount::id).containsExactly(new AccountId("conn-old"));
        assertThat(third.accounts()).isEmpty();
        assertThat(third.last()).isTrue();
        adapters.accountDirectory().list(DirectoryQuery.all(1));
        nango.server().verify(getRequestedFor(urlEqualTo("/connections?limit=25&page=0")));
    }

    @Test
    void aFilteredListingReadsNangosPagesAndFiltersThemItself() {
        for (int i = 1; i <= 3; i++) {
            nango.givenLinkedConnection("conn-a" + i, "hubspot", "tenant-a", "A");
            nango.givenLinkedConnection("conn-b" + i, "salesforce", "tenant-b", "B");
        }

        DirectoryPage first = adapters.accountDirectory().list(new DirectoryQuery(List.of(new OwnerId("tenant-b")),
                List.of(), List.of(), List.of(), 1, 2));
        DirectoryPage second = adapters.accountDirectory().list(new DirectoryQuery(List.of(new OwnerId("tenant-b")),
                List.of(), List.of(), List.of(), 2, 2));
        DirectoryPage hubspot = adapters.accountDirectory().list(new DirectoryQuery(List.of(),
                List.of(new ProviderKey("hubspot")), List.of(new AccountId("conn-a2")), List.of(AccountStatus.ACTIVE),
                1, 25));

        assertThat(first.accounts()).extracting(account -> account.id().value()).containsExactly("conn-b3", "conn-b2");
        assertThat(first.last()).isFalse();
        assertThat(second.accounts()).extracting(account -> account.id().value()).containsExactly("conn-b1");
        assertThat(second.last()).isTrue();
        assertThat(hubspot.accounts()).extracting(account -> account.id().value()).containsExactly("conn-a2");
    }

    @Test
    void whatAnAccountOffersIsItsProvidersCategory() {
        nango.givenLinkedConnection("conn-1", "hubspot", "tenant-42", "Globex");
        nango.givenProvider("hubspot", List.of("marketing", "crm"));

        assertThat(adapters.accountDirectory().meta(new AccountId("conn-1"))).hasValueSatisfying(meta -> {
            assertThat(meta.provider()).isEqualTo(new ProviderKey("hubspot"));
            assertThat(meta.category()).isEqualTo("marketing");
            assertThat(meta.models()).isEmpty();
        });
        assertThat(adapters.accountDirectory().meta(new AccountId("conn-none"))).isEmpty();
    }

    @Test
    void anAnswerThatIsNotNangosDocumentedShapeIsUnavailableNotAGuess() {
        nango.server().stubFor(get(urlPathEqualTo("/connections")).atPriority(1)
                .willReturn(NangoStub.json(200, "{\"items\": []}")));
        assertThat(catchThrowableOfType(UpstreamException.class,
                () -> adapters.accountDirectory().list(DirectoryQuery.all(1))).code())
                .isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);

        nango.server().stubFor(get(urlPathEqualTo("/connections")).atPriority(1)
                .willReturn(NangoStub.json(200, "<html>")));
        assertThat(catchThrowableOfType(UpstreamException.class,
                () -> adapters.accountDirectory().find(new AccountId("conn-1"))).getMessage())
                .isEqualTo("Nango answered with something that is not its documented response");
    }

    @Test
    void settingsRefuseWhatCannotWorkAndNeverShowTheKey() {
        NangoSettings settings = NangoSettings.defaults(new NangoSecretKey(NangoStub.SECRET_KEY));

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://api.nango.dev"));
        assertThat(settings.toString()).doesNotContain(NangoStub.SECRET_KEY);
        assertThatThrownBy(() -> settings.withBaseUrl(URI.create("ftp://nango.internal")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NangoSecretKey("has space")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("has space");
    }
}
