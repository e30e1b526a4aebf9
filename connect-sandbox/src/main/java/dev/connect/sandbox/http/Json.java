package dev.connect.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connect.sandbox.core.ApiError;
import dev.connect.sandbox.core.JsonValues;
import io.javalin.http.Context;
import java.time.Instant;

/** Reading request bodies and writing answers, in StackOne's JSON. */
public final class Json {

    public static final ObjectMapper MAPPER = JsonValues.MAPPER;

    private Json() {
    }

    public static String timestamp(Instant instant) {
        return JsonValues.timestamp(instant);
    }

    public static void write(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a response", e);
        }
    }

    public static void error(Context ctx, ApiError error) {
        error.headers().forEach(ctx::header);
        write(ctx, error.status(), error.body(timestamp(Instant.now())));
    }

    /** The request body as a JSON object; a missing, malformed or non-object body is a 400. */
    public static ObjectNode objectBody(Context ctx) {
        String raw = ctx.body();
        if (raw == null || raw.isBlank()) {
            throw ApiError.badRequest("The request body must be a JSON object");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(raw);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("The request body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw ApiError.badRequest("The request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

}
