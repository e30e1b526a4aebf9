package dev.connect.adapters.stackone.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connect.adapters.stackone.wire.SetupInformationJson;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.account.SetupInformation;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventKind;
import dev.connect.domain.model.event.EventName;
import dev.connect.domain.model.event.ProjectId;
import dev.connect.domain.model.event.WebhookDelivery;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import dev.connect.domain.port.out.event.AccountEventDecoderPort;
import dev.connect.provider.webhook.HmacSha256Signatures;
import dev.connect.provider.webhook.SignedJson;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Verifies and decodes StackOne account webhooks.
 *
 * <p>Signature: {@code x-stackone-signature} must be the base64url encoding (without {@code =} padding; a padded
 * value is accepted after stripping it) of HMAC-SHA256 keyed with a signing secret's UTF-8 bytes over the raw body
 * bytes. Every configured secret is tried, always all of them, and each comparison is constant-time
 * ({@link HmacSha256Signatures}), so two secrets can be live during a rotation.
 *
 * <p>Decoding, only after a valid signature: a JSON object ({@link SignedJson}); unknown fields are ignored and
 * {@code credentials} is never read; {@code event}, {@code account_id}, {@code provider}, {@code project_id},
 * {@code event_date} and {@code sent_at} are required; {@code record_id} may be a string or a number; the owner fields
 * and {@code setup_information} are optional. A failure names the field.
 *
 * <p>Secrets never appear in a message, a log or {@link #toString()}.
 */
public final class StackOneWebhookDecoder implements AccountEventDecoderPort {

    public static final String SIGNATURE_HEADER = "x-stackone-signature";
    private static final int MAX_SIGNATURE_VALUES = 5;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final HmacSha256Signatures signatures;

    /**
     * @param signingSecrets the secrets exactly as StackOne's dashboard shows them (at least one; two during a
     *                       rotation); blank entries are not allowed
     */
    public StackOneWebhookDecoder(List<String> signingSecrets) {
        this.signatures = new HmacSha256Signatures(signingSecrets);
    }

    /** From a comma-separated list such as {@code CONNECT_WEBHOOK_SECRETS}; blanks between commas are skipped. */
    public static StackOneWebhookDecoder fromCommaSeparated(String secrets) {
        return new StackOneWebhookDecoder(HmacSha256Signatures.commaSeparated(secrets));
    }

    /** How many secrets are configured. */
    public int secretCount() {
        return signatures.count();
    }

    @Override
    public AccountEvent decode(WebhookDelivery delivery) {
        byte[] body = delivery.body();
        verify(delivery.headerValues(SIGNATURE_HEADER), body);
        return parse(body);
    }

    // --- signature -------------------------------------------------------------------------------------------------

    private void verify(List<String> headerValues, byte[] body) {
        if (headerValues.isEmpty()) {
            throw new WebhookRejectedException(ErrorCode.SIGNATURE_INVALID, "missing " + SIGNATURE_HEADER + " header");
        }
        List<byte[]> candidates = headerValues.subList(0, Math.min(headerValues.size(), MAX_SIGNATURE_VALUES))
                .stream().map(StackOneWebhookDecoder::decodeSignature).toList();
        if (!signatures.anyMatches(body, candidates)) {
            throw new WebhookRejectedException(ErrorCode.SIGNATURE_INVALID,
                    SIGNATURE_HEADER + " does not match the body under any configured secret");
        }
    }

    /** The 32 signature bytes, or {@code null} for anything that is not base64url of 32 bytes. */
    private static byte[] decodeSignature(String headerValue) {
        if (headerValue == null) {
            return null;
        }
        String value = headerValue.trim();
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == '=') {
            end--;
        }
        value = value.substring(0, end);
        if (!BASE64URL.matcher(value).matches()) {
            return null;
        }
        try {
            byte[] decoded = Base64.getUrlDecoder().decode(value);
            return decoded.length == HmacSha256Signatures.MAC_BYTES ? decoded : null;
        } catch (IllegalArgumentException garbage) {
            return null;
        }
    }

    // --- payload ---------------------------------------------------------------------------------------------------

    private AccountEvent parse(byte[] body) {
        JsonNode root = SignedJson.object(body);
        recordId(root);
        String event = SignedJson.required(root, "event", Function.identity());
        AccountEventKind kind = StackOneEvents.kindOf(event);
        return new AccountEvent(
                kind,
                SignedJson.convert("event", StackOneEvents.canonicalName(event, kind), EventName::new),
                SignedJson.required(root, "account_id", AccountId::new),
                SignedJson.required(root, "provider", ProviderKey::new),
                SignedJson.required(root, "project_id", ProjectId::new),
                SignedJson.requiredDate(root, "event_date"),
                SignedJson.requiredDate(root, "sent_at"),
                SignedJson.optional(root, "origin_owner_id", OwnerId::new),
                SignedJson.optional(root, "origin_owner_name", OwnerName::new),
                SignedJson.optional(root, "origin_username", UserName::new),
                setupInformation(root));
    }

    private static void recordId(JsonNode root) {
        JsonNode node = root.get("record_id");
        if (node != null && !node.isNull() && !node.isTextual() && !node.isIntegralNumber()) {
            throw SignedJson.malformed("field 'record_id' must be a string or a number");
        }
    }

    private Optional<SetupInformation> setupInformation(JsonNode root) {
        try {
            return SetupInformationJson.toDomain(root.get("setup_information"));
        } catch (IllegalArgumentException notAnObject) {
            throw SignedJson.malformed("field 'setup_information' must be an object");
        } catch (InvalidRequestException invalid) {
            throw SignedJson.malformed("invalid field 'setup_information': " + invalid.getMessage());
        }
    }

    @Override
    public String toString() {
        return "StackOneWebhookDecoder[secrets=" + signatures.count() + " (redacted)]";
    }
}
