package dev.connect.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventKind;
import dev.connect.domain.model.event.WebhookDelivery;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.port.out.event.AccountEventDecoderPort;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the domain's webhook intake relies on from every provider's {@link AccountEventDecoderPort}: the signature is
 * checked against every configured secret before anything of the body is read, a near miss is refused like any other
 * wrong signature (the comparison takes the same time whatever the bytes: that part is checked by the architecture
 * rules, which require every decoder to compare through {@code MessageDigest.isEqual}), a signed body that is no valid
 * event is malformed naming what is wrong, the provider's events mean the domain's kinds (an event it does not know is
 * {@link AccountEventKind#UNKNOWN}, never a failure), and the event's identity, from which the domain derives its
 * de-duplication key, is the same for every delivery of one event and differs between events.
 *
 * <p>A provider adapter's test extends this and supplies the decoder, the provider's way of signing a body, and
 * bodies the provider would send.
 */
public abstract class AccountEventDecoderPortContract {

    protected static final String SECRET = "kit-signing-secret-1";
    protected static final String OTHER_SECRET = "kit-signing-secret-2";
    protected static final Instant ARRIVAL = Instant.parse("2026-11-20T10:00:02Z");

    protected abstract AccountEventDecoderPort decoder(List<String> secrets);

    /** The body signed as the provider signs it, arriving at {@code receivedAt}. */
    protected abstract WebhookDelivery signed(byte[] body, String secret, Instant receivedAt);

    /** The body carrying signatures that differ from the right one under {@code secret} in one bit: first, last. */
    protected abstract List<WebhookDelivery> nearMisses(byte[] body, String secret, Instant receivedAt);

    /** The body without any signature. */
    protected WebhookDelivery unsigned(byte[] body, Instant receivedAt) {
        return WebhookDelivery.of(body, Map.of("Content-Type", "application/json"), receivedAt);
    }

    /** A body announcing that an account of this owner was linked (created) at the provider. */
    protected abstract String linked(String accountId, String ownerId);

    /** A body announcing that the account's link was renewed (re-authorised, refreshed); empty if none exists. */
    protected abstract Optional<String> renewed(String accountId, String ownerId);

    /** A body announcing that the account was removed at the provider; empty where the provider sends none. */
    protected abstract Optional<String> removed(String accountId, String ownerId);

    /** A signed body of an event about the account that this adapter does not know. */
    protected abstract String unknownEvent(String accountId, String ownerId);

    /** A body that is signed but lacks what every event needs. */
    protected abstract String withoutARequiredField();

    /** The same event as the provider sends it again (its retry): the body as it would then be. */
    protected abstract String resent(String body);

    /** How much later the provider's retry arrives: a provider that dates nothing dates an event by its arrival. */
    protected Duration retryDelay() {
        return Duration.ofSeconds(3);
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private AccountEvent decode(String body) {
        return decoder(List.of(SECRET)).decode(signed(bytes(body), SECRET, ARRIVAL));
    }

    @Test
    void aSignedLinkedEventIsCreatedWithItsAccountAndOwner() {
        AccountEvent event = decode(linked("acc-kit-1", "tenant-kit"));

        assertThat(event.kind()).isEqualTo(AccountEventKind.CREATED);
        assertThat(event.accountId()).isEqualTo(new AccountId("acc-kit-1"));
        assertThat(event.ownerId()).contains(new OwnerId("tenant-kit"));
        assertThat(event.sentAt()).as("nothing signed is dated after its arrival (beyond the freshness window's skew)")
                .isBeforeOrEqualTo(ARRIVAL.plus(Duration.ofMinutes(5)));
    }

    @Test
    void theProvidersOtherEventsMeanTheDomainsKinds() {
        renewed("acc-kit-1", "tenant-kit").ifPresent(body ->
                assertThat(decode(body).kind()).isEqualTo(AccountEventKind.UPDATED));
        removed("acc-kit-1", "tenant-kit").ifPresent(body ->
                assertThat(decode(body).kind()).isEqualTo(AccountEventKind.DELETED));
        assertThat(decode(unknownEvent("acc-kit-1", "tenant-kit")).kind()).as("verified, recorded, never applied")
                .isEqualTo(AccountEventKind.UNKNOWN);
    }

    @Test
    void theSignatureIsCheckedBeforeTheBodyIsRead() {
        assertSignatureInvalid(decoder(List.of(SECRET)), unsigned(bytes("{not json"), ARRIVAL));
        assertSignatureInvalid(decoder(List.of(SECRET)), signed(bytes("{not json"), "a-secret-not-configured", ARRIVAL));
    }

    @Test
    void aMissingWrongOrTamperedSignatureIsInvalid() {
        byte[] body = bytes(linked("acc-kit-1", "tenant-kit"));
        AccountEventDecoderPort decoder = decoder(List.of(SECRET));

        assertSignatureInvalid(decoder, unsigned(body, ARRIVAL));
        assertSignatureInvalid(decoder, signed(body, OTHER_SECRET, ARRIVAL));
        WebhookDelivery genuine = signed(body, SECRET, ARRIVAL);
        WebhookDelivery tampered = new WebhookDelivery(bytes(linked("acc-kit-2", "tenant-kit")), genuine.headers(),
                ARRIVAL);
        assertSignatureInvalid(decoder, tampered);
    }

    @Test
    void aSignatureWrongInOneBitIsRefusedWhereverTheBitIs() {
        byte[] body = bytes(linked("acc-kit-1", "tenant-kit"));
        List<WebhookDelivery> nearMisses = nearMisses(body, SECRET, ARRIVAL);

        assertThat(nearMisses).hasSizeGreaterThanOrEqualTo(2);
        for (WebhookDelivery nearMiss : nearMisses) {
            assertSignatureInvalid(decoder(List.of(SECRET)), nearMiss);
        }
    }

    @Test
    void eitherOfTwoSecretsIsAcceptedDuringARotation() {
        byte[] body = bytes(linked("acc-kit-1", "tenant-kit"));
        AccountEventDecoderPort rotating = decoder(List.of(OTHER_SECRET, SECRET));

        assertThat(rotating.decode(signed(body, SECRET, ARRIVAL)).accountId()).isEqualTo(new AccountId("acc-kit-1"));
        assertThat(rotating.decode(signed(body, OTHER_SECRET, ARRIVAL)).accountId())
                .isEqualTo(new AccountId("acc-kit-1"));
        assertSignatureInvalid(rotating, signed(body, "retired-secret", ARRIVAL));
    }

    @Test
    void aSignedBodyThatIsNoValidEventIsMalformedAndSaysWhy() {
        assertMalformed(withoutARequiredField());
        assertMalformed("[1, 2]");
        assertMalformed(linked("acc/../admin", "tenant-kit"));
        assertMalformed(linked(".hidden", "tenant-kit"));
    }

    /** {@code C0 AF} is an overlong {@code /}: a lenient decoder smuggles a path separator into the account id. */
    @Test
    void invalidUtf8BehindAValidSignatureIsMalformed() {
        String[] halves = linked("acc-kit-utf8", "tenant-kit").split("acc-kit-utf8", 2);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(bytes(halves[0] + "acc-"));
        body.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        body.writeBytes(bytes(halves[1]));

        assertThatThrownBy(() -> decoder(List.of(SECRET)).decode(signed(body.toByteArray(), SECRET, ARRIVAL)))
                .isInstanceOfSatisfying(WebhookRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.EVENT_MALFORMED));
    }

    @Test
    void theSameEventDeliveredAgainHasTheSameIdentityAndAnotherEventAnother() {
        String body = linked("acc-kit-1", "tenant-kit");
        AccountEventDecoderPort decoder = decoder(List.of(SECRET));
        AccountEvent first = decoder.decode(signed(bytes(body), SECRET, ARRIVAL));
        AccountEvent again = decoder.decode(signed(bytes(resent(body)), SECRET, ARRIVAL.plus(retryDelay())));

        assertThat(again.deduplicationKey()).isEqualTo(first.deduplicationKey());
        assertThat(decode(linked("acc-kit-2", "tenant-kit")).deduplicationKey())
                .isNotEqualTo(first.deduplicationKey());
        renewed("acc-kit-1", "tenant-kit").ifPresent(renewal ->
                assertThat(decode(renewal).deduplicationKey()).isNotEqualTo(first.deduplicationKey()));
        assertThat(decode(unknownEvent("acc-kit-1", "tenant-kit")).deduplicationKey())
                .isNotEqualTo(first.deduplicationKey());
    }

    @Test
    void secretsNeverAppearInFailuresOrInTheDecodersDescription() {
        AccountEventDecoderPort decoder = decoder(List.of(OTHER_SECRET, SECRET));
        byte[] body = bytes(linked("acc-kit-1", "tenant-kit"));

        assertThat(decoder.toString()).doesNotContain(SECRET).doesNotContain(OTHER_SECRET);
        for (WebhookDelivery refused : List.of(unsigned(body, ARRIVAL), signed(body, "wrong", ARRIVAL),
                signed(bytes(withoutARequiredField()), SECRET, ARRIVAL))) {
            assertThatThrownBy(() -> decoder.decode(refused)).satisfies(e -> assertThat(e.getMessage())
                    .doesNotContain(SECRET).doesNotContain(OTHER_SECRET));
        }
        assertThatThrownBy(() -> decoder(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decoder(List.of(SECRET, " "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(SECRET);
    }

    private void assertMalformed(String body) {
        assertThatThrownBy(() -> decode(body)).as(body)
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.EVENT_MALFORMED);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    private static void assertSignatureInvalid(AccountEventDecoderPort decoder, WebhookDelivery delivery) {
        assertThatThrownBy(() -> decoder.decode(delivery))
                .isInstanceOfSatisfying(WebhookRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SIGNATURE_INVALID));
    }
}
