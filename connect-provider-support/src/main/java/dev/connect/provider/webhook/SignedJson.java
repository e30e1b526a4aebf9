package dev.connect.provider.webhook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.InvalidRequestException;
import dev.connect.domain.model.error.WebhookRejectedException;
import dev.connect.domain.model.event.AccountEvent;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reading a webhook body whose signature already matched, strictly: UTF-8 as RFC 8259 requires (no overlong forms, no
 * surrogates, nothing truncated), one JSON object, no member twice. Everything it refuses is
 * {@link ErrorCode#EVENT_MALFORMED} with a message that names the field, never its value beyond what the domain's own
 * rules say, and never a secret.
 */
public final class SignedJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private SignedJson() {
    }

    /** The body as one JSON object. */
    public static JsonNode object(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(strictUtf8(body));
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
        return root;
    }

    /** A required string member, made into a domain value; a value the domain refuses is malformed, named. */
    public static <T> T required(JsonNode object, String field, Function<String, T> factory) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            throw malformed("missing required field '" + field + "'");
        }
        if (!node.isTextual()) {
            throw malformed("field '" + field + "' must be a string");
        }
        return convert(field, node.textValue(), factory);
    }

    /** An optional string member: absent, {@code null} or blank is empty. */
    public static <T> Optional<T> optional(JsonNode object, String field, Function<String, T> factory) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw malformed("field '" + field + "' must be a string");
        }
        String text = node.textValue();
        return text.isBlank() ? Optional.empty() : Optional.of(convert(field, text, factory));
    }

    /** A value made into a domain value, or malformed naming the field and the domain's rule. */
    public static <T> T convert(String field, String text, Function<String, T> factory) {
        try {
            return factory.apply(text);
        } catch (InvalidRequestException invalid) {
            throw malformed("invalid field '" + field + "': " + invalid.getMessage());
        }
    }

    /** A required ISO-8601 date-time with offset, within the dates every event date must lie in. */
    public static Instant requiredDate(JsonNode object, String field) {
        String text = required(object, field, Function.identity());
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

    public static WebhookRejectedException malformed(String message) {
        return new WebhookRejectedException(ErrorCode.EVENT_MALFORMED, message);
    }

    /**
     * The body as text, refusing what a lenient decoder would let through: overlong forms (an overlong {@code /}
     * would reach an account id), surrogates, truncated sequences.
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

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "unreadable"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
