package dev.connect.adapters.stackone.webhook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies and decodes StackOne account webhooks.
 *
 * <p>Signature: {@code x-stackone-signature} must be the base64url encoding (without {@code =} padding; a padded
 * value is accepted after stripping it) of HMAC-SHA256 keyed with a signing secret's UTF-8 bytes over the raw body
 * bytes. Every configured secret is tried, always all of them, and each comparison is constant-time
 * ({@link MessageDigest#isEqual} over the 32 decoded bytes), so two secrets can be live during a rotation.
 *
 * <p>Decoding, only after a valid signature: a JSON object; unknown fields are ignored and {@code credentials} is
 * never read; {@code event}, {@code account_id}, {@code provider}, {@code project_id}, {@code event_date} and
 * {@code sent_at} are required; {@code record_id} may be a string or a number; the owner fields and
 * {@code setup_information} are optional. A failure names the field.
 *
 * <p>Secrets never appear in a message, a log or {@link #toString()}.
 */
public final class StackOneWebhookDecoder implements AccountEventDecoderPort {

    public static final String SIGNATURE_HEADER = "x-stackone-signature";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 32;
    private static final int MAX_SIGNATURE_VALUES = 5;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final List<SecretKeySpec> keys;
    /** Looking up and keying a Mac costs more than the HMAC of a webhook body: each thread keeps its own, keyed. */
    private final ThreadLocal<List<Mac>> macs = ThreadLocal.withInitial(this::keyedMacs);
    private final ObjectMapper mapper;

    /**
     * @param signingSecrets the secrets exactly as StackOne's dashboard shows them (at least one; two during a
     *                       rotation); blank entries are not allowed
     */
    public StackOneWebhookDecoder(List<String> signingSecrets) {
        Objects.requireNonNull(signingSecrets, "signingSecrets");
        if (signingSecrets.isEmpty()) {
            throw new IllegalArgumentException("at least one webhook signing secret is required");
        }
        List<SecretKeySpec> specs = new ArrayList<>();
        for (String secret : signingSecrets) {
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("webhook signing secrets must not be blank");
            }
            specs.add(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
        }
        this.keys = List.copyOf(specs);
        this.mapper = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /** From a comma-separated list such as {@code CONNECT_WEBHOOK_SECRETS}; blanks between commas are skipped. */
    public static StackOneWebhookDecoder fromCommaSeparated(String secrets) {
        Objects.requireNonNull(secrets, "secrets");
        List<String> list = new ArrayList<>();
        for (String part : secrets.split(",")) {
            if (!part.isBlank()) {
                list.add(part.trim());
            }
        }
        return new StackOneWebhookDecoder(list);
    }

    /** How many secrets are configured. */
    public int secretCount() {
        return keys.size();
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
        List<byte[]> expected = new ArrayList<>(keys.size());
        for (Mac mac : macs.get()) {
            expected.add(mac.doFinal(body)); // doFinal also resets the Mac for the next body
        }
        boolean valid = false;
        for (String value : headerValues.subList(0, Math.min(headerValues.size(), MAX_SIGNATURE_VALUES))) {
            byte[] provided = decodeSignature(value);
            if (provided == null) {
                continue;
            }
            for (byte[] signature : expected) {
                // no short-circuit: every secret is tried, whatever the outcome of the others
                valid |= MessageDigest.isEqual(signature, provided);
            }
        }
        if (!valid) {
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
            return decoded.length == MAC_BYTES ? decoded : null;
        } catch (IllegalArgumentException garbage) {
            return null;
        }
    }

    /** One Mac per secret, keyed: for one thread (a Mac is not thread-safe). */
    private List<Mac> keyedMacs() {
        List<Mac> keyed = new ArrayList<>(keys.size());
        for (SecretKeySpec key : keys) {
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(key);
                keyed.add(mac);
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        }
        return List.copyOf(keyed);
    }

    // --- payload ---------------------------------------------------------------------------------------------------

    private AccountEvent parse(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(strictUtf8(body));
        } catch (JsonProcessingException e) {
            throw malformed("body is not valid JSON (" + location(e) + ")");
        } catch (IOException e) {
            throw malformed("body is not readable JSON");
        }
        if (root == null || root.isMissingNode()) {
            throw malformed("body is empty");
        }
        if (!root.isObject()) {
            throw malformed("body must be a JSON object");
        }
        recordId(root);
        String event = required(root, "event", Function.identity());
        AccountEventKind kind = StackOneEvents.kindOf(event);
        return new AccountEvent(
                kind,
                convert("event", StackOneEvents.canonicalName(event, kind), EventName::new),
                required(root, "account_id", AccountId::new),
                required(root, "provider", ProviderKey::new),
                required(root, "project_id", ProjectId::new),
                requiredDate(root, "event_date"),
                requiredDate(root, "sent_at"),
                optional(root, "origin_owner_id", OwnerId::new),
                optional(root, "origin_owner_name", OwnerName::new),
                optional(root, "origin_username", UserName::new),
                setupInformation(root));
    }

    /**
     * The body as text, refusing what a lenient decoder would let through: overlong forms (an overlong {@code /}
     * would reach an account id), surrogates, truncated sequences. JSON on the wire is UTF-8 (RFC 8259).
     */
    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException invalid) {
            throw malformed("body is not valid UTF-8");
        }
    }

    private static <T> T required(JsonNode root, String field, Function<String, T> factory) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw malformed("missing required field '" + field + "'");
        }
        if (!node.isTextual()) {
            throw malformed("field '" + field + "' must be a string");
        }
        return convert(field, node.textValue(), factory);
    }

    private static <T> Optional<T> optional(JsonNode root, String field, Function<String, T> factory) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw malformed("field '" + field + "' must be a string");
        }
        String text = node.textValue();
        return text.isBlank() ? Optional.empty() : Optional.of(convert(field, text, factory));
    }

    private static <T> T convert(String field, String text, Function<String, T> factory) {
        try {
            return factory.apply(text);
        } catch (InvalidRequestException invalid) {
            throw malformed("invalid field '" + field + "': " + invalid.getMessage());
        }
    }

    private static Instant requiredDate(JsonNode root, String field) {
        String text = required(root, field, Function.identity());
        Instant date;
        try {
            date = IsoDates.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed("field '" + field + "' must be an ISO-8601 date-time with offset");
        }
        if (!AccountEvent.isSupportedDate(date)) {
            throw malformed("field '" + field + "' must be between " + AccountEvent.EARLIEST_DATE + " and "
                    + AccountEvent.LATEST_DATE);
        }
        return date;
    }

    private static void recordId(JsonNode root) {
        JsonNode node = root.get("record_id");
        if (node != null && !node.isNull() && !node.isTextual() && !node.isIntegralNumber()) {
            throw malformed("field 'record_id' must be a string or a number");
        }
    }

    private Optional<SetupInformation> setupInformation(JsonNode root) {
        JsonNode node = root.get("setup_information");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw malformed("field 'setup_information' must be an object");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            entries.put(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
        }
        try {
            return Optional.of(new SetupInformation(entries));
        } catch (InvalidRequestException invalid) {
            throw malformed("invalid field 'setup_information': " + invalid.getMessage());
        }
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "unreadable"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static WebhookRejectedException malformed(String message) {
        return new WebhookRejectedException(ErrorCode.EVENT_MALFORMED, message);
    }

    @Override
    public String toString() {
        return "StackOneWebhookDecoder[secrets=" + keys.size() + " (redacted)]";
    }
}
