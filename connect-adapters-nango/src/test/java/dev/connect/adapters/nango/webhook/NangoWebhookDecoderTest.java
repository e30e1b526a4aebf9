package dev.connect.adapters.nango.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.adapters.nango.NangoStub;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventKind;
import dev.connect.domain.model.event.EventIdentity;
import dev.connect.domain.model.event.WebhookDelivery;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NangoWebhookDecoderTest {

    /*
     * The published test vector (README, docs/adding-a-provider.md), computed outside Java:
     *   printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET"
     */
    static final String VECTOR_SECRET = "nango-test-signing-key-1";
    static final String VECTOR_BODY = "{\"authMode\":\"OAUTH2\",\"connectionId\":\"8c0f2d6e-1b3a-4f5c-9d7e-4a2b1c0d9e8f\","
            + "\"environment\":\"prod\",\"from\":\"nango\",\"operation\":\"creation\",\"provider\":\"hubspot\","
            + "\"providerConfigKey\":\"hubspot\",\"success\":true,\"tags\":{\"end_user_id\":\"ada@acme.test\","
            + "\"organization_id\":\"owner-42\",\"organization_name\":\"Acme Ltd\"},\"type\":\"auth\"}";
    static final String VECTOR_SIGNATURE = "813735d4f43a6378e9a8fd1f6a4650b839b24f815f04cfe913a3d47650775010";

    private static final Instant ARRIVAL = Instant.parse("2026-11-20T10:00:02.123456Z");
    private static final Map<String, String> TAGS = Map.of("organization_id", "owner-42");

    private final NangoWebhookDecoder decoder = new NangoWebhookDecoder(List.of(VECTOR_SECRET));

    private static WebhookDelivery delivery(String body, Map<String, String> headers) {
        return WebhookDelivery.of(body.getBytes(StandardCharsets.UTF_8), headers, ARRIVAL);
    }

    private static WebhookDelivery signed(String body) {
        return delivery(body, Map.of("X-Nango-Hmac-Sha256",
                NangoStub.sign(VECTOR_SECRET, body.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theKnownVectorIsAcceptedAndDecodedAndDatedByItsArrival() {
        assertThat(VECTOR_BODY).isEqualTo(NangoStub.authWebhook("creation", true,
                "8c0f2d6e-1b3a-4f5c-9d7e-4a2b1c0d9e8f", "hubspot", Map.of("organization_id", "owner-42",
                        "organization_name", "Acme Ltd", "end_user_id", "ada@acme.test")));
        assertThat(VECTOR_BODY.getBytes(StandardCharsets.UTF_8)).hasSize(313);

        AccountEvent event = decoder.decode(delivery(VECTOR_BODY, Map.of("X-Nango-Hmac-Sha256", VECTOR_SIGNATURE)));

        assertThat(event.kind()).isEqualTo(AccountEventKind.CREATED);
        assertThat(event.name().value()).isEqualTo("auth.creation");
        assertThat(event.accountId()).isEqualTo(new AccountId("8c0f2d6e-1b3a-4f5c-9d7e-4a2b1c0d9e8f"));
        assertThat(event.provider()).isEqualTo(new ProviderKey("hubspot"));
        assertThat(event.projectId().value()).isEqualTo("prod");
        assertThat(event.ownerId()).contains(new OwnerId("owner-42"));
        assertThat(event.ownerName()).contains(new OwnerName("Acme Ltd"));
        assertThat(event.userName()).contains(new UserName("ada@acme.test"));
        assertThat(event.setupInformation()).isEmpty();
        assertThat(event.eventDate()).isEqualTo(ARRIVAL);
        assertThat(event.sentAt()).isEqualTo(ARRIVAL);
        assertThat(event.identity()).contains(new EventIdentity("integration=hubspot;environment=prod"));
    }

    /** Pinned: printf 'auth.creation\n8c0f2d6e-1b3a-4f5c-9d7e-4a2b1c0d9e8f\nid:integration=hubspot;environment=prod' | sha256sum */
    @Test
    void theDeduplicationKeyOfTheVectorIsPinnedAndTheSameAtAnyArrival() {
        AccountEvent event = decoder.decode(delivery(VECTOR_BODY, Map.of("X-Nango-Hmac-Sha256", VECTOR_SIGNATURE)));
        AccountEvent retried = decoder.decode(WebhookDelivery.of(VECTOR_BODY.getBytes(StandardCharsets.UTF_8),
                Map.of("x-nango-hmac-sha256", VECTOR_SIGNATURE), ARRIVAL.plusSeconds(1)));

        assertThat(event.deduplicationKey().value())
                .isEqualTo("a729fd2789d6d8718531d8e8d1aec1cc1c27963abf315640c0763a59c90ceeb2");
        assertThat(retried.deduplicationKey()).isEqualTo(event.deduplicationKey());
        assertThat(retried.eventDate()).isAfter(event.eventDate());
    }

    @ParameterizedTest(name = "{0} success={1} -> {2} {3}")
    @CsvSource({"creation, true, CREATED, auth.creation", "override, true, UPDATED, auth.override",
            "refresh, true, UPDATED, auth.refresh", "CREATION, true, CREATED, auth.creation",
            "creation, false, UNKNOWN, auth.creation.failed", "override, false, UNKNOWN, auth.override.failed",
            "refresh, false, UNKNOWN, auth.refresh.failed", "unknown, true, UNKNOWN, auth.unknown",
            "Revocation, true, UNKNOWN, auth.Revocation"})
    void operationsAndFailuresMeanTheDomainsKinds(String operation, boolean success, AccountEventKind kind,
                                                  String name) {
        AccountEvent event = decoder.decode(signed(NangoStub.authWebhook(operation, success, "conn-1", "hubspot",
                TAGS)));

        assertThat(event.kind()).isEqualTo(kind);
        assertThat(event.name().value()).isEqualTo(name);
    }

    @Test
    void aFailedRefreshIsToldApartFromAnotherFailureByItsErrorType() {
        String expired = NangoStub.authWebhook("refresh", false, "conn-1", "hubspot", TAGS);
        String revoked = expired.replace("refresh_token_external_error", "refresh_token_revoked");

        assertThat(decoder.decode(signed(expired)).identity())
                .contains(new EventIdentity("integration=hubspot;environment=prod;error=refresh_token_external_error"));
        assertThat(decoder.decode(signed(revoked)).deduplicationKey())
                .isNotEqualTo(decoder.decode(signed(expired)).deduplicationKey());
    }

    @Test
    void aConnectionLinkedOutsideConnectIsRecordedAndIgnoredUnlessItsEndUserNamesAnOrganization() {
        AccountEvent theirs = decoder.decode(signed(NangoStub.authWebhook("creation", true, "conn-1", "hubspot",
                Map.of("team", "growth"))));
        String older = NangoStub.authWebhook("creation", true, "conn-2", "hubspot", Map.of())
                .replace("\"environment\"", "\"endUser\":{\"endUserId\":\"u-1\",\"organizationId\":\"owner-9\","
                        + "\"tags\":{}},\"environment\"");

        assertThat(theirs.kind()).isEqualTo(AccountEventKind.UNKNOWN);
        assertThat(theirs.ownerId()).isEmpty();
        AccountEvent olderEvent = decoder.decode(signed(older));
        assertThat(olderEvent.kind()).isEqualTo(AccountEventKind.CREATED);
        assertThat(olderEvent.ownerId()).contains(new OwnerId("owner-9"));
    }

    @Test
    void otherWebhookTypesAreVerifiedAndIgnoredAndIdentifiedByTheirBody() {
        String sync = "{\"connectionId\":\"conn-1\",\"from\":\"nango\",\"model\":\"Contact\","
                + "\"modifiedAfter\":\"2026-11-20T10:00:00.000Z\",\"providerConfigKey\":\"hubspot\","
                + "\"responseResults\":{\"added\":1,\"deleted\":0,\"updated\":0},\"success\":true,"
                + "\"syncName\":\"contacts\",\"syncType\":\"INCREMENTAL\",\"type\":\"sync\"}";
        String later = sync.replace("10:00:00.000Z", "10:05:00.000Z");

        AccountEvent event = decoder.decode(signed(sync));

        assertThat(event.kind()).isEqualTo(AccountEventKind.UNKNOWN);
        assertThat(event.name().value()).isEqualTo("sync");
        assertThat(event.projectId().value()).isEqualTo("unspecified");
        assertThat(event.identity().orElseThrow().value()).startsWith("body-sha256=");
        assertThat(decoder.decode(signed(later)).deduplicationKey()).isNotEqualTo(event.deduplicationKey());
        assertThatThrownBy(() -> decoder.decode(signed("{\"from\":\"nango\",\"payload\":{},"
                + "\"providerConfigKey\":\"hubspot\",\"type\":\"forward\"}")))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.EVENT_MALFORMED);
                    assertThat(e.getMessage()).contains("'connectionId'");
                });
    }

    @Test
    void theLegacySignatureIsNotAcceptedAndSaysSo() {
        assertThatThrownBy(() -> decoder.decode(delivery(VECTOR_BODY, Map.of("X-Nango-Signature",
                "a".repeat(64))))).isInstanceOfSatisfying(WebhookRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SIGNATURE_INVALID);
                    assertThat(e.getMessage()).contains("x-nango-hmac-sha256").contains("legacy");
                });
    }

    @Test
    void theHexSignatureIsReadInEitherCaseAndOneGoodValueAmongSeveralIsEnough() {
        AccountEvent expected = decoder.decode(delivery(VECTOR_BODY, Map.of("X-Nango-Hmac-Sha256", VECTOR_SIGNATURE)));

        assertThat(decoder.decode(delivery(VECTOR_BODY, Map.of("X-NANGO-HMAC-SHA256",
                " " + VECTOR_SIGNATURE.toUpperCase(Locale.ROOT) + " ")))).isEqualTo(expected);
        assertThat(decoder.decode(new WebhookDelivery(VECTOR_BODY.getBytes(StandardCharsets.UTF_8),
                Map.of("x-nango-hmac-sha256", List.of("garbage", VECTOR_SIGNATURE)), ARRIVAL))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "sha256=813735d4f43a6378e9a8fd1f6a4650b839b24f815f04cfe913a3d47650775010",
            "813735d4f43a6378e9a8fd1f6a4650b839b24f815f04cfe913a3d4765077501",
            "813735d4f43a6378e9a8fd1f6a4650b839b24f815f04cfe913a3d476507750100",
            "gBM3XU9DpjeOmo/R9qRlC4ObJPgV8Ez+kTo9R2UHdQEA"})
    void garbageSignaturesAreInvalid(String header) {
        assertThatThrownBy(() -> decoder.decode(delivery(VECTOR_BODY, Map.of("X-Nango-Hmac-Sha256", header))))
                .isInstanceOfSatisfying(WebhookRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SIGNATURE_INVALID));
    }

    @Test
    void aSignedBodyMissingWhatAnAuthWebhookNeedsIsMalformedAndNamed() {
        String body = NangoStub.authWebhook("creation", true, "conn-1", "hubspot", TAGS);
        assertMalformed(body.replace("\"success\":true,", ""), "'success'");
        assertMalformed(body.replace("\"success\":true", "\"success\":\"yes\""), "'success'");
        assertMalformed(body.replace("\"environment\":\"prod\",", ""), "'environment'");
        assertMalformed(body.replace("\"operation\":\"creation\",", ""), "'operation'");
        assertMalformed(body.replace("\"providerConfigKey\":\"hubspot\"", "\"providerConfigKey\":\"Google Drive\""),
                "'providerConfigKey'");
        assertMalformed(body.replace("\"connectionId\":\"conn-1\"", "\"connectionId\":\"user@example.com/1\""),
                "'connectionId'");
        assertMalformed(body.replace("\"tags\":{\"organization_id\":\"owner-42\"}", "\"tags\":[\"owner-42\"]"),
                "'tags'");
        assertMalformed(body.replace("\"type\":\"auth\"", "\"type\":7"), "'type'");
    }

    @Test
    void fromACommaSeparatedSettingAndNeverShowingItsKeys() {
        NangoWebhookDecoder rotating = NangoWebhookDecoder.fromCommaSeparated(" other-key , " + VECTOR_SECRET);

        assertThat(rotating.secretCount()).isEqualTo(2);
        assertThat(rotating.decode(delivery(VECTOR_BODY, Map.of("X-Nango-Hmac-Sha256", VECTOR_SIGNATURE)))
                .accountId().value()).isEqualTo("8c0f2d6e-1b3a-4f5c-9d7e-4a2b1c0d9e8f");
        assertThat(rotating.toString()).doesNotContain(VECTOR_SECRET).doesNotContain("other-key");
    }

    private void assertMalformed(String body, String messagePart) {
        assertThatThrownBy(() -> decoder.decode(signed(body))).as(body)
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.EVENT_MALFORMED);
                    assertThat(e.getMessage()).contains(messagePart);
                });
    }
}
