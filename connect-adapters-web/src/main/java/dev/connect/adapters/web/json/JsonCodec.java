package dev.connect.adapters.web.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.problem.WebRequestException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Strict JSON in, plain JSON out: unknown fields, wrong types and trailing garbage are the caller's to fix. */
public final class JsonCodec {

    public static final String JSON = "application/json";

    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.{1,64})'");

    private final ObjectMapper mapper;

    public JsonCodec() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // a number or boolean where text is expected is the caller's mistake, not a string to guess
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
    }

    /** Reads a JSON body; an empty body reads as {@code {}}. Refuses non-JSON content types with 415. */
    public <T> T read(HttpRequest request, Class<T> type) {
        byte[] body = request.body();
        if (body.length == 0) {
            body = "{}".getBytes(StandardCharsets.UTF_8);
        } else if (!isJson(request.header("Content-Type").orElse(""))) {
            throw WebRequestException.unsupportedMediaType(JSON);
        }
        try {
            T value = mapper.readValue(strictUtf8(body), type);
            if (value == null) {
                throw WebRequestException.malformed(null, "the request body must be a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException unknown) {
            throw WebRequestException.malformed(unknown.getPropertyName(),
                    "unknown field '" + unknown.getPropertyName() + "'");
        } catch (JsonMappingException wrongShape) {
            String field = fieldOf(wrongShape);
            throw WebRequestException.malformed(field.isEmpty() ? null : field,
                    field.isEmpty() ? "the request body must be a JSON object" : "field '" + field + "' has the wrong type");
        } catch (JsonProcessingException notJson) {
            Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(notJson.getOriginalMessage()));
            if (duplicate.matches()) {
                throw WebRequestException.malformed(duplicate.group(1), "field '" + duplicate.group(1) + "' appears twice");
            }
            throw WebRequestException.malformed(null, "the request body is not valid JSON");
        } catch (IOException unreadable) {
            throw WebRequestException.malformed(null, "the request body could not be read");
        }
    }

    /**
     * The body as text, refusing what a lenient decoder lets through: overlong forms (an overlong {@code /}), surrogates,
     * truncated sequences. JSON on the wire is UTF-8 (RFC 8259).
     */
    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException invalid) {
            throw WebRequestException.malformed(null, "the request body is not valid UTF-8");
        }
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("could not write " + value.getClass().getSimpleName(), impossible);
        }
    }

    public HttpResponse response(int status, Object value) {
        return HttpResponse.of(status, JSON, write(value));
    }

    static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals(JSON) || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }

    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
