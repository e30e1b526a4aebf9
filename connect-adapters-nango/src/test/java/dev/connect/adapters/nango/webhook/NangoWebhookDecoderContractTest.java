package dev.connect.adapters.nango.webhook;

import dev.connect.adapters.nango.NangoStub;
import dev.connect.domain.contract.AccountEventDecoderPortContract;
import dev.connect.domain.model.event.WebhookDelivery;
import dev.connect.domain.port.out.event.AccountEventDecoderPort;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The decoder contract of the kit, with Nango's signature ({@code X-Nango-Hmac-Sha256}) and auth webhooks. */
class NangoWebhookDecoderContractTest extends AccountEventDecoderPortContract {

    @Override
    protected AccountEventDecoderPort decoder(List<String> secrets) {
        return new NangoWebhookDecoder(secrets);
    }

    @Override
    protected WebhookDelivery signed(byte[] body, String secret, Instant receivedAt) {
        return WebhookDelivery.of(body, Map.of("X-Nango-Hmac-Sha256", NangoStub.sign(secret, body)), receivedAt);
    }

    @Override
    protected List<WebhookDelivery> nearMisses(byte[] body, String secret, Instant receivedAt) {
        byte[] first = HexFormat.of().parseHex(NangoStub.sign(secret, body));
        first[0] ^= 1;
        byte[] last = HexFormat.of().parseHex(NangoStub.sign(secret, body));
        last[last.length - 1] ^= 1;
        return List.of(first, last).stream().map(signature -> WebhookDelivery.of(body,
                Map.of("X-Nango-Hmac-Sha256", HexFormat.of().formatHex(signature)), receivedAt)).toList();
    }

    @Override
    protected String linked(String accountId, String ownerId) {
        return NangoStub.authWebhook("creation", true, accountId, "hubspot", tags(ownerId));
    }

    @Override
    protected Optional<String> renewed(String accountId, String ownerId) {
        return Optional.of(NangoStub.authWebhook("override", true, accountId, "hubspot", tags(ownerId)));
    }

    /** Nango sends no webhook when a connection is deleted. */
    @Override
    protected Optional<String> removed(String accountId, String ownerId) {
        return Optional.empty();
    }

    @Override
    protected String unknownEvent(String accountId, String ownerId) {
        return NangoStub.authWebhook("refresh", false, accountId, "hubspot", tags(ownerId));
    }

    @Override
    protected String withoutARequiredField() {
        return linked("acc-kit-1", "tenant-kit").replace("\"connectionId\":\"acc-kit-1\",", "");
    }

    /** Nango retries with the very same body. */
    @Override
    protected String resent(String body) {
        return body;
    }

    private static Map<String, String> tags(String ownerId) {
        return Map.of("organization_id", ownerId, "organization_name", "Kit Ltd", "end_user_id", "ada@kit.test");
    }
}
