package dev.connect.adapters.nango;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connect.adapters.nango.wire.NangoErrorBody;
import dev.connect.domain.model.error.ConnectException;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.provider.http.ProviderErrorDecoder;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Nango's error body ({@code {"error": {"code", "message", "errors"}}}) for the shared mapping of every non-2xx
 * answer ({@link ProviderErrorDecoder}). Nango answers an unknown connection on {@code DELETE} with 400
 * {@code unknown_connection} where its OpenAPI says 404: both mean the connection is not there.
 */
final class NangoErrorDecoder extends ProviderErrorDecoder {

    private static final int MAX_VALIDATION_ERRORS = 5;

    private final ObjectMapper json;

    NangoErrorDecoder(ObjectMapper json, NangoSecretKey secretKey, Clock clock) {
        super(NangoClient.PROVIDER, secretKey::redactFrom, clock);
        this.json = json;
    }

    @Override
    protected Optional<String> messageOf(String body) {
        return error(body).map(error -> {
            List<String> parts = new ArrayList<>();
            if (error.code() != null) {
                parts.add(error.code());
            }
            if (error.message() != null && !error.message().isBlank()) {
                parts.add(error.message());
            }
            if (error.errors() != null) {
                error.errors().stream().limit(MAX_VALIDATION_ERRORS).map(NangoErrorDecoder::describe)
                        .forEach(parts::add);
            }
            return String.join(": ", parts);
        });
    }

    @Override
    protected Optional<ConnectException> providerSpecific(int status, Optional<String> body, String message) {
        boolean unknownConnection = status == 400 && body.flatMap(this::error)
                .filter(error -> "unknown_connection".equals(error.code())).isPresent();
        return unknownConnection ? Optional.of(new NotFoundException("Nango: " + message)) : Optional.empty();
    }

    private Optional<NangoErrorBody.Error> error(String body) {
        try {
            NangoErrorBody parsed = json.readValue(body, NangoErrorBody.class);
            return Optional.ofNullable(parsed).map(NangoErrorBody::error);
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /** One validation error: {@code path: message} as Nango lists them. */
    private static String describe(JsonNode error) {
        String message = error.path("message").asText("");
        JsonNode path = error.path("path");
        String where = path.isArray() && !path.isEmpty() ? path.toString() : path.asText("");
        return where.isBlank() ? message : where + " " + message;
    }
}
