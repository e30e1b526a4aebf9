package dev.connect.adapters.stackone.webhook;

import dev.connect.domain.contract.AccountEventDecoderPortContract;
import dev.connect.domain.model.event.WebhookDelivery;
import dev.connect.domain.port.out.event.AccountEventDecoderPort;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The decoder contract of the kit, with StackOne's signature ({@code x-stackone-signature}) and payloads. */
class StackOneWebhookDecoderContractTest extends AccountEventDecoderPortContract {

    @Override
    protected AccountEventDecoderPort decoder(List<String> secrets) {
        return new StackOneWebhookDecoder(secrets);
    }

    @Override
    protected WebhookDelivery signed(byte[] body, String secret, Instant receivedAt) {
        return WebhookDelivery.of(body, Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER,
                Base64.getUrlEncoder().withoutPadding().encodeToString(mac(secret, body))), receivedAt);
    }

    @Override
    protected List<WebhookDelivery> nearMisses(byte[] body, String secret, Instant receivedAt) {
        byte[] first = mac(secret, body);
        first[0] ^= 1;
        byte[] last = mac(secret, body);
        last[last.length - 1] ^= 1;
        return List.of(first, last).stream().map(signature -> WebhookDelivery.of(body,
                Map.of(StackOneWebhookDecoder.SIGNATURE_HEADER,
                        Base64.getUrlEncoder().withoutPadding().encodeToString(signature)), receivedAt)).toList();
    }

    @Override
    protected String linked(String accountId, String ownerId) {
        return event("account.created", accountId, ownerId, "2026-11-20T10:00:00.000Z", "2026-11-20T10:00:01.000Z");
    }

    @Override
    protected Optional<String> renewed(String accountId, String ownerId) {
        return Optional.of(event("account.updated", accountId, ownerId, "2026-11-20T10:05:00.000Z",
                "2026-11-20T10:05:01.000Z"));
    }

    @Override
    protected Optional<String> removed(String accountId, String ownerId) {
        return Optional.of(event("account.deleted", accountId, ownerId, "2026-11-20T10:09:00.000Z",
                "2026-11-20T10:09:01.000Z"));
    }

    @Override
    protected String unknownEvent(String accountId, String ownerId) {
        return event("account.suspended", accountId, ownerId, "2026-11-20T10:00:00.000Z", "2026-11-20T10:00:01.000Z");
    }

    @Override
    protected String withoutARequiredField() {
        return linked("acc-kit-1", "tenant-kit").replace("\"project_id\":\"proj_kit\",", "");
    }

    /** StackOne re-sends an event with a new {@code sent_at}; its {@code event_date} stays. */
    @Override
    protected String resent(String body) {
        return body.replace("\"sent_at\":\"2026-11-20T10:00:01.000Z\"", "\"sent_at\":\"2026-11-20T10:00:04.000Z\"");
    }

    private static String event(String name, String accountId, String ownerId, String eventDate, String sentAt) {
        return "{\"event\":\"" + name + "\",\"account_id\":\"" + accountId + "\",\"provider\":\"bamboohr\","
                + "\"project_id\":\"proj_kit\",\"record_type\":\"account\",\"record_id\":\"" + accountId + "\","
                + "\"event_date\":\"" + eventDate + "\",\"sent_at\":\"" + sentAt + "\","
                + "\"origin_owner_id\":\"" + ownerId + "\",\"origin_owner_name\":\"Kit Ltd\"}";
    }

    private static byte[] mac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
