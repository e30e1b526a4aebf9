package dev.connect.adapters.stackone.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventKind;
import dev.connect.domain.model.event.WebhookDelivery;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StackOneWebhookDecoderTest {

    /*
     * The published test vector, computed outside Java:
     *   printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64 | tr '+/' '-_' | tr -d '='
     */
    static final String VECTOR_SECRET = "stackone-test-secret-1";
    static final String VECTOR_BODY = "{\"event\":\"account.created\",\"account_id\":\"acc_9f8e7d\",\"provider\":\"bamboohr\","
            + "\"project_id\":\"proj_123\",\"record_type\":\"account\",\"record_id\":\"acc_9f8e7d\","
            + "\"event_date\":\"2026-11-20T10:00:00.000Z\",\"sent_at\":\"2026-11-20T10:00:01.000Z\","
            + "\"origin_owner_id\":\"owner-42\",\"origin_owner_name\":\"Acme Ltd\",\"origin_username\":\"ada@acme.test\","
            + "\"setup_information\":{\"domain\":\"acme\"}}";
    static final String VECTOR_SIGNATURE = "VbUn1j2QPIKD-i4Vs7cXUurWxKhyuNEi9M4w4XlqUp4";

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:02Z");
    private static final String OTHER_SECRET = "stackone-test-secret-2";

    private final StackOneWebhookDecoder decoder = new StackOneWebhookDecoder(List.of(VECTOR_SECRET));

    @Test
    void theKnownVectorIsAcceptedAndDecoded() {
        assertThat(VECTOR_BODY.getBytes(StandardCharsets.UTF_8)).hasSize(357);

        AccountEvent event = decoder.decode(delivery(VECTOR_BODY, Map.of("X-StackOne-Signature", VECTOR_SIGNATURE)));

        assertThat(event.kind()).isEqualTo(AccountEventKind.CREATED);
        assertThat(event.accountId().value()).isEqualTo("acc_9f8e7d");
        assertThat(event.provider().value()).isEqualTo("bamboohr");
        assertThat(event.projectId().value()).isEqualTo("proj_123");
        assertThat(event.eventDate()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(event.sentAt()).isEqualTo(Instant.parse("2026-11-20T10:00:01Z"));
        assertThat(event.ownerId().orElseThrow().value()).isEqualTo("owner-42");
        assertThat(event.ownerName().orElseThrow().value()).isEqualTo("Acme Ltd");
        assertThat(event.userName().orElseThrow().value()).isEqualTo("ada@acme.test");
        assertThat(event.setupInformation().orElseThrow().entries()).containsExactly(Map.entry("domain", "acme"));
    }

    @Test
    void aPaddedSignatureIsAcceptedAfterStrippingAndTheHeaderNameIsCaseInsensitive() {
        AccountEvent expected = decoder.decode(delivery(VECTOR_BODY, Map.of("X-StackOne-Signature", VECTOR_SIGNATURE)));

        assertThat(decoder.decode(delivery(VECTOR_BODY, Map.of("x-stackone-signature", VECTOR_SIGNATURE + "="))))
                .isEqualTo(expected);
        assertThat(decoder.decode(delivery(VECTOR_BODY, Map.of("X-STACKONE-SIGNATURE", " " + VECTOR_SIGNATURE + " "))))
                .isEqualTo(expected);
        assertSignatureInvalid(delivery(VECTOR_BODY, Map.of("x-stackone-signature", VECTOR_SIGNATURE + "A")));
    }

    /**
     * Inbox rows written before the event names left the domain must still match: the vector's key is pinned to
     * {@code printf 'account.created\nacc_9f8e7d\n2026-11-20T10:00:00Z' | sha256sum}, and any spelling of a known
     * event gives the same key.
     */
    @Test
    void theDeduplicationKeyOfStackOnesEventsIsPinned() throws GeneralSecurityException {
        AccountEvent event = decoder.decode(delivery(VECTOR_BODY, Map.of("X-StackOne-Signature", VECTOR_SIGNATURE)));
        assertThat(event.deduplicationKey().value())
                .isEqualTo("ae33a1f830c1e07a78a44bc565c148971032661ec88f7ffe84823d9a743a5a16");
        assertThat(event.name().value()).isEqualTo("account.created");

        AccountEvent shouted = decoder.decode(signed(VECTOR_SECRET,
                VECTOR_BODY.replace("\"account.created\"", "\"Account.CREATED\"")));
        assertThat(shouted.kind()).isEqualTo(AccountEventKind.CREATED);
        assertThat(shouted.deduplicationKey()).isEqualTo(event.deduplicationKey());
    }

    @ParameterizedTest
    @CsvSource({"account.created, CREATED", "account.updated, UPDATED", "account.deleted, DELETED",
            "ACCOUNT.DELETED, DELETED", "account.suspended, UNKNOWN", "created, UNKNOWN"})
    void stackOnesEventNamesDecideTheKind(String name, AccountEventKind kind) throws GeneralSecurityException {
        AccountEvent event = decoder.decode(signed(VECTOR_SECRET,
                VECTOR_BODY.replace("\"account.created\"", "\"" + name + "\"")));
        assertThat(event.kind()).isEqualTo(kind);
        assertThat(event.name().value()).isEqualTo(kind == AccountEventKind.UNKNOWN ? name : name.toLowerCase());
    }

    @Test
    void aTamperedBodyIsRejected() {
        String tampered = VECTOR_BODY.replace("account.created", "account.deleted");
        assertSignatureInvalid(delivery(tampered, Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER, VECTOR_SIGNATURE)));
        assertSignatureInvalid(delivery(VECTOR_BODY + " ", Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER, VECTOR_SIGNATURE)));
    }

    @Test
    void aWrongSecretIsRejected() throws GeneralSecurityException {
        assertSignatureInvalid(delivery(VECTOR_BODY, Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER, sign("wrong", VECTOR_BODY))));
    }

    @Test
    void aMissingHeaderIsRejected() {
        assertThatThrownBy(() -> decoder.decode(delivery(VECTOR_BODY, Map.of())))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SIGNATURE_INVALID);
                    assertThat(e.getMessage()).contains("missing");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "garbage", "sha256=VbUn1j2QPIKD-i4Vs7cXUurWxKhyuNEi9M4w4XlqUp4",
            "v1,VbUn1j2QPIKD-i4Vs7cXUurWxKhyuNEi9M4w4XlqUp4", "VbUn1j2QPIKD+i4Vs7cXUurWxKhyuNEi9M4w4XlqUp4",
            "VbUn1j2QPIKD-i4Vs7cXUurWxKhyuNEi9M4w4XlqUp", "VbUn1j2QPIKD-i4Vs7cXUurWxKhyuNEi9M4w4XlqUp4A",
            "55b527d63d903c8283fa2e15b3b71752ead6c4a872b8d122f4ce30e1796a529e", "====", "%%%%%%%"})
    void garbageSignaturesAreRejected(String header) {
        assertSignatureInvalid(delivery(VECTOR_BODY, Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER, header)));
    }

    @Test
    void eitherOfTwoSecretsIsAcceptedDuringARotation() throws GeneralSecurityException {
        AccountEvent expected = decoder.decode(delivery(VECTOR_BODY, Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER, VECTOR_SIGNATURE)));
        StackOneWebhookDecoder rotating = new StackOneWebhookDecoder(List.of(OTHER_SECRET, VECTOR_SECRET));
        assertThat(rotating.decode(delivery(VECTOR_BODY, Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER, VECTOR_SIGNATURE))))
                .isEqualTo(expected);
        assertThat(rotating.decode(delivery(VECTOR_BODY, Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER, sign(OTHER_SECRET, VECTOR_BODY)))))
                .isEqualTo(expected);
        assertSignatureInvalid(delivery(VECTOR_BODY, Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER, sign("retired", VECTOR_BODY))));
        StackOneWebhookDecoder fromEnv = StackOneWebhookDecoder.fromCommaSeparated(" " + OTHER_SECRET + " , ," + VECTOR_SECRET);
        assertThat(fromEnv.secretCount()).isEqualTo(2);
        assertThat(fromEnv.decode(delivery(VECTOR_BODY, Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER, VECTOR_SIGNATURE))))
                .isEqualTo(expected);
    }

    @Test
    void oneMatchingValueAmongSeveralHeaderValuesIsEnough() {
        WebhookDelivery delivery = new WebhookDelivery(VECTOR_BODY.getBytes(StandardCharsets.UTF_8),
                Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER, List.of("garbage", VECTOR_SIGNATURE)), NOW);
        assertThat(decoder.decode(delivery).accountId().value()).isEqualTo("acc_9f8e7d");
    }

    @Test
    void secretsNeverAppearInMessagesOrToString() throws GeneralSecurityException {
        StackOneWebhookDecoder rotating = new StackOneWebhookDecoder(List.of(OTHER_SECRET, VECTOR_SECRET));
        assertThat(rotating.toString()).doesNotContain(OTHER_SECRET).doesNotContain(VECTOR_SECRET).contains("2");
        for (String header : List.of(sign("wrong", VECTOR_BODY), "garbage")) {
            assertThatThrownBy(() -> rotating.decode(delivery(VECTOR_BODY, Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER, header))))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(OTHER_SECRET).doesNotContain(VECTOR_SECRET)
                            .doesNotContain(VECTOR_SIGNATURE));
        }
        assertThatThrownBy(() -> new StackOneWebhookDecoder(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StackOneWebhookDecoder(List.of(VECTOR_SECRET, " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(VECTOR_SECRET);
    }

    @Test
    void malformedJsonBehindAValidSignatureIsMalformed() throws GeneralSecurityException {
        assertMalformed("{\"event\":", "not valid JSON");
        assertMalformed("", "empty");
        assertMalformed("[1,2]", "JSON object");
        assertMalformed("\"text\"", "JSON object");
        assertMalformed(VECTOR_BODY.replace("\"provider\":\"bamboohr\"", "\"provider\":\"bamboohr\",\"provider\":\"x\""),
                "not valid JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"event", "account_id", "provider", "project_id", "event_date", "sent_at"})
    void aMissingRequiredFieldIsMalformedAndNamed(String field) throws GeneralSecurityException {
        String body = VECTOR_BODY.replaceFirst("\"" + field + "\":\"[^\"]*\",", "");
        assertThat(body).doesNotContain("\"" + field + "\"");
        assertMalformed(body, "'" + field + "'");
        assertMalformed(VECTOR_BODY.replaceFirst("\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":null"), "'" + field + "'");
    }

    @Test
    void badlyTypedOrInvalidFieldsAreMalformed() throws GeneralSecurityException {
        assertMalformed(VECTOR_BODY.replace("\"2026-11-20T10:00:00.000Z\"", "\"yesterday\""), "'event_date'");
        assertMalformed(VECTOR_BODY.replace("\"2026-11-20T10:00:01.000Z\"", "1763632801"), "'sent_at'");
        assertMalformed(VECTOR_BODY.replace("\"account_id\":\"acc_9f8e7d\"", "\"account_id\":42"), "'account_id'");
        assertMalformed(VECTOR_BODY.replace("\"provider\":\"bamboohr\"", "\"provider\":\"Bamboo HR!\""), "'provider'");
        assertMalformed(VECTOR_BODY.replace("\"record_id\":\"acc_9f8e7d\"", "\"record_id\":{}"), "'record_id'");
        assertMalformed(VECTOR_BODY.replace("{\"domain\":\"acme\"}", "[\"acme\"]"), "'setup_information'");
        assertMalformed(VECTOR_BODY.replace("\"event\":\"account.created\"", "\"event\":\"\""), "'event'");
    }

    @Test
    void tolerantWhereStackOneIsSilent() throws GeneralSecurityException {
        String body = "{\"event\":\"account.refreshed\",\"account_id\":\"a1\",\"provider\":\"hibob\",\"project_id\":\"p\","
                + "\"record_type\":\"account\",\"record_id\":12345,\"event_date\":\"2026-11-20T11:00:00+01:00\","
                + "\"sent_at\":\"2026-11-20T10:00:01.123456789Z\",\"origin_owner_id\":\"\",\"origin_username\":null,"
                + "\"credentials\":{\"api_key\":\"s3cr3t\"},\"brand_new_field\":[1,2,3],"
                + "\"setup_information\":{\"domain\":\"acme\",\"port\":8443,\"sso\":true,\"nested\":{\"a\":[1]},\"gone\":null}}";

        AccountEvent event = decoder.decode(signed(VECTOR_SECRET, body));

        assertThat(event.kind()).isEqualTo(AccountEventKind.UNKNOWN);
        assertThat(event.name().value()).isEqualTo("account.refreshed");
        assertThat(event.eventDate()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(event.sentAt()).isEqualTo(Instant.parse("2026-11-20T10:00:01.123456Z"));
        assertThat(event.ownerId()).isEmpty();
        assertThat(event.ownerName()).isEmpty();
        assertThat(event.userName()).isEmpty();
        assertThat(event.setupInformation().orElseThrow().entries()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "domain", "acme", "port", "8443", "sso", "true", "nested", "{\"a\":[1]}"));
        assertThat(event.toString()).doesNotContain("s3cr3t");
    }

    /** Years that overflowed the stored event order (a 500) or PostgreSQL's range (a 503 retried forever). */
    @ParameterizedTest
    @ValueSource(strings = {"-75000-01-01T00:00:00Z", "+100000-01-01T00:00:00Z", "+294277-01-01T00:00:00Z",
            "1969-12-31T23:59:59.999999Z", "+10000-01-01T00:00:00Z"})
    void datesOutsideTheSupportedRangeAreMalformedAndNamed(String date) throws GeneralSecurityException {
        assertMalformed(VECTOR_BODY.replace("\"2026-11-20T10:00:00.000Z\"", "\"" + date + "\""), "'event_date'");
        assertMalformed(VECTOR_BODY.replace("\"2026-11-20T10:00:01.000Z\"", "\"" + date + "\""), "'sent_at'");
    }

    @Test
    void theEdgesOfTheSupportedRangeAreAccepted() throws GeneralSecurityException {
        String body = VECTOR_BODY.replace("\"2026-11-20T10:00:00.000Z\"", "\"1970-01-01T00:00:00Z\"")
                .replace("\"2026-11-20T10:00:01.000Z\"", "\"9999-12-31T23:59:59.999999Z\"");

        AccountEvent event = decoder.decode(signed(VECTOR_SECRET, body));

        assertThat(event.eventDate()).isEqualTo(Instant.parse("1970-01-01T00:00:00Z"));
        assertThat(event.sentAt()).isEqualTo(Instant.parse("9999-12-31T23:59:59.999999Z"));
    }

    /** {@code C0 AF} is an overlong {@code /}: a lenient decoder smuggles a path separator into the account id. */
    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "E080AF", "EDA080", "FF", "C3", "80"})
    void invalidUtf8BehindAValidSignatureIsMalformed(String hex) throws GeneralSecurityException {
        byte[] invalid = java.util.HexFormat.of().parseHex(hex);
        String[] halves = VECTOR_BODY.split("acc_9f8e7d", 2);
        byte[] body = concat(halves[0].getBytes(StandardCharsets.UTF_8), "acc_".getBytes(StandardCharsets.UTF_8),
                invalid, halves[1].getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> decoder.decode(signedBytes(VECTOR_SECRET, body)))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.EVENT_MALFORMED);
                    assertThat(e.getMessage()).contains("UTF-8");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"acc/../admin", "..", "acc 1", "acc%2F1", "acc?x=1", "acc#1", "ünïcode", ".hidden"})
    void accountIdsOutsideTheSafeCharacterSetAreMalformed(String id) throws GeneralSecurityException {
        assertMalformed(VECTOR_BODY.replace("\"account_id\":\"acc_9f8e7d\"", "\"account_id\":\"" + id + "\""),
                "'account_id'");
    }

    @Test
    void aForgedBodyIsRejectedBeforeItIsParsed() {
        assertSignatureInvalid(delivery("{not json", Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER, VECTOR_SIGNATURE)));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void assertMalformed(String body, String messagePart) throws GeneralSecurityException {
        WebhookDelivery delivery = signed(VECTOR_SECRET, body);
        assertThatThrownBy(() -> decoder.decode(delivery))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.EVENT_MALFORMED);
                    assertThat(e.getMessage()).contains(messagePart);
                });
    }

    private void assertSignatureInvalid(WebhookDelivery delivery) {
        assertThatThrownBy(() -> decoder.decode(delivery))
                .isInstanceOfSatisfying(WebhookRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SIGNATURE_INVALID));
    }

    private static WebhookDelivery signed(String secret, String body) throws GeneralSecurityException {
        return delivery(body, Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER, sign(secret, body)));
    }

    private static WebhookDelivery signedBytes(String secret, byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body));
        return WebhookDelivery.of(body, Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER, signature), NOW);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private static WebhookDelivery delivery(String body, Map<String, String> headers) {
        return WebhookDelivery.of(body.getBytes(StandardCharsets.UTF_8), headers, NOW);
    }

    /** HMAC-SHA256 with the JDK directly, base64url without padding: the sender's side. */
    static String sign(String secret, String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
