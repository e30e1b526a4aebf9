package dev.connect.adapters.nango.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventKind;
import dev.connect.domain.model.event.EventIdentity;
import dev.connect.domain.model.event.EventName;
import dev.connect.domain.model.event.ProjectId;
import dev.connect.domain.model.event.WebhookDelivery;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import dev.connect.domain.port.out.event.AccountEventDecoderPort;
import dev.connect.provider.webhook.HmacSha256Signatures;
import dev.connect.provider.webhook.SignedJson;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Verifies and decodes Nango's webhooks.
 *
 * <p>Signature: {@code X-Nango-Hmac-Sha256} must be the hex encoding (either case) of HMAC-SHA256 keyed with the
 * environment's webhook signing key (its UTF-8 bytes) over the raw body bytes; every configured key is tried, each
 * comparison constant-time ({@link HmacSha256Signatures}), so two keys can be live during a rotation. Nango's legacy
 * {@code X-Nango-Signature} (a plain SHA-256 of key and body, open to length extension) is not accepted.
 *
 * <p>Decoding, only after a valid signature: a JSON object ({@link SignedJson}) with {@code type},
 * {@code connectionId} (connect's account id) and {@code providerConfigKey} (the integration: connect's provider key);
 * for {@code auth}, also {@code operation}, {@code success} and {@code environment}. The owner comes from the
 * connection's tags ({@code organization_id}, {@code organization_name}, {@code end_user_id}, set by connect's
 * sessions), or for connections older than tags from {@code endUser.organizationId}. An auth webhook of a connection
 * without an owner was not linked through connect: it is recorded and ignored. Names and kinds: {@link NangoEvents}.
 *
 * <p>Identity and dates: Nango's webhooks carry neither an event id nor a date, and no time is signed. The event is
 * dated by the delivery's arrival ({@code eventDate} and {@code sentAt}), and told apart by an {@link EventIdentity}
 * from its own fields: for an auth webhook its integration, environment and, for a failure, the error type (with the
 * name and connection id, which the domain adds); for any other type the SHA-256 of its body. Nango retries a delivery
 * it got no 2xx for (twice, within about a second) with the very same body, and sends it to both webhook URLs with the
 * same body too, so every delivery of one webhook gives one de-duplication key. Two genuinely different webhooks with
 * the same fields (a second re-authorisation of one connection inside the replay window) give the same key as well:
 * the second is a duplicate, which changes nothing the first had not.
 *
 * <p>Secrets never appear in a message, a log or {@link #toString()}.
 */
public final class NangoWebhookDecoder implements AccountEventDecoderPort {

    public static final String SIGNATURE_HEADER = "x-nango-hmac-sha256";
    static final String LEGACY_SIGNATURE_HEADER = "x-nango-signature";
    private static final int MAX_SIGNATURE_VALUES = 5;
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");
    /** For a webhook that is not an auth webhook and names no environment. */
    private static final String NO_ENVIRONMENT = "unspecified";

    private final HmacSha256Signatures signatures;

    /** @param signingKeys the environment's webhook signing key(s) exactly as Nango shows them (two during a rotation) */
    public NangoWebhookDecoder(List<String> signingKeys) {
        this.signatures = new HmacSha256Signatures(signingKeys);
    }

    /** From a comma-separated setting such as {@code CONNECT_NANGO_WEBHOOK_SECRET}. */
    public static NangoWebhookDecoder fromCommaSeparated(String signingKeys) {
        return new NangoWebhookDecoder(HmacSha256Signatures.commaSeparated(signingKeys));
    }

    public int secretCount() {
        return signatures.count();
    }

    @Override
    public AccountEvent decode(WebhookDelivery delivery) {
        byte[] body = delivery.body();
        verify(delivery, body);
        return parse(body, delivery.receivedAt());
    }

    // --- signature -------------------------------------------------------------------------------------------------

    private void verify(WebhookDelivery delivery, byte[] body) {
        List<String> values = delivery.headerValues(SIGNATURE_HEADER);
        if (values.isEmpty()) {
            throw new WebhookRejectedException(ErrorCode.SIGNATURE_INVALID, "missing " + SIGNATURE_HEADER + " header"
                    + (delivery.header(LEGACY_SIGNATURE_HEADER).isPresent()
                    ? " (Nango's legacy " + LEGACY_SIGNATURE_HEADER + " is not accepted)" : ""));
        }
        List<byte[]> candidates = values.subList(0, Math.min(values.size(), MAX_SIGNATURE_VALUES)).stream()
                .map(NangoWebhookDecoder::decodeSignature).toList();
        if (!signatures.anyMatches(body, candidates)) {
            throw new WebhookRejectedException(ErrorCode.SIGNATURE_INVALID,
                    SIGNATURE_HEADER + " does not match the body under any configured signing key");
        }
    }

    /** The 32 signature bytes, or {@code null} for anything that is not 64 hex digits. */
    private static byte[] decodeSignature(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return HEX.matcher(trimmed).matches() ? HexFormat.of().parseHex(trimmed) : null;
    }

    // --- payload ---------------------------------------------------------------------------------------------------

    private AccountEvent parse(byte[] body, Instant arrival) {
        JsonNode root = SignedJson.object(body);
        String type = SignedJson.required(root, "type", Function.identity());
        AccountId account = SignedJson.required(root, "connectionId", AccountId::new);
        ProviderKey integration = SignedJson.required(root, "providerConfigKey", ProviderKey::new);
        if (!NangoEvents.AUTH.equals(type)) {
            return new AccountEvent(AccountEventKind.UNKNOWN, SignedJson.convert("type", type, EventName::new),
                    account, integration, SignedJson.optional(root, "environment", ProjectId::new)
                    .orElse(new ProjectId(NO_ENVIRONMENT)), arrival, arrival, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of(new EventIdentity("body-sha256="
                    + sha256(body))));
        }
        String operation = SignedJson.required(root, "operation", Function.identity());
        boolean success = success(root);
        ProjectId environment = SignedJson.required(root, "environment", ProjectId::new);
        EventName name = SignedJson.convert("operation", NangoEvents.authName(operation, success), EventName::new);
        JsonNode tags = object(root, "tags");
        Optional<OwnerId> owner = SignedJson.optional(tags, "organization_id", OwnerId::new)
                .or(() -> SignedJson.optional(object(root, "endUser"), "organizationId", OwnerId::new));
        AccountEventKind kind = owner.isPresent() ? NangoEvents.kindOf(name.value()) : AccountEventKind.UNKNOWN;
        Optional<String> errorType = SignedJson.optional(object(root, "error"), "type", Function.identity());
        return new AccountEvent(kind, name, account, integration, environment, arrival, arrival, owner,
                SignedJson.optional(tags, "organization_name", OwnerName::new),
                SignedJson.optional(tags, "end_user_id", UserName::new), Optional.empty(),
                Optional.of(SignedJson.convert("providerConfigKey", "integration=" + integration + ";environment="
                        + environment + errorType.map(error -> ";error=" + error).orElse(""), EventIdentity::new)));
    }

    private static boolean success(JsonNode root) {
        JsonNode node = root.get("success");
        if (node == null || !node.isBoolean()) {
            throw SignedJson.malformed("field 'success' must be true or false");
        }
        return node.booleanValue();
    }

    /** A member that is an object, or an empty one where it is absent or null. */
    private static JsonNode object(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            throw SignedJson.malformed("field '" + field + "' must be an object");
        }
        return node;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "NangoWebhookDecoder[signingKeys=" + signatures.count() + " (redacted)]";
    }
}
