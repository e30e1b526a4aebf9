package dev.connect.sandbox.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connect.sandbox.core.ApiError;
import dev.connect.sandbox.state.ConnectSession;
import dev.connect.sandbox.state.SandboxState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Mints connect sessions the way StackOne validates them, and finds them again by token while they live. */
public final class SessionService {

    static final long DEFAULT_EXPIRES_IN = 1800;

    private final SandboxState state;
    private final Clock clock;
    private final long organizationId;
    private final String projectId;

    public SessionService(SandboxState state, Clock clock, long organizationId, String projectId) {
        this.state = state;
        this.clock = clock;
        this.organizationId = organizationId;
        this.projectId = projectId;
    }

    public ConnectSession create(ObjectNode body) {
        List<String> errors = new ArrayList<>();
        String ownerId = requiredText(body, "origin_owner_id", errors);
        String ownerName = requiredText(body, "origin_owner_name", errors);
        String username = optionalText(body, "origin_username", errors);
        String provider = optionalText(body, "provider", errors);
        if (provider != null && !provider.matches("[a-z0-9_]+")) {
            errors.add("provider must be a provider key such as bamboohr");
        }
        String accountId = optionalText(body, "account_id", errors);
        String label = optionalText(body, "label", errors);
        String integrationId = optionalText(body, "integration_id", errors);
        if (integrationId == null) {
            integrationId = optionalText(body, "connector_profile_id", errors);
        }
        List<String> categories = categories(body.get("categories"), errors);
        long expiresIn = expiresIn(body.get("expires_in"), errors);
        Map<String, Object> metadata = metadata(body.get("metadata"), errors);
        boolean multiple = bool(body.get("multiple"), "multiple", errors);
        String type = optionalText(body, "type", errors);
        if (type != null && !type.equals("production") && !type.equals("test")) {
            errors.add("type must be one of the following values: production, test");
        }
        if (!errors.isEmpty()) {
            throw ApiError.validation(errors);
        }
        if (accountId != null && state.account(accountId).isEmpty()) {
            throw ApiError.notFound("Account " + accountId + " not found");
        }
        Instant now = clock.instant();
        ConnectSession session = new ConnectSession(state.nextSessionId(), Ids.token(), projectId,
                ownerId, ownerName, username, provider, categories, accountId, label, integrationId, metadata,
                type == null ? "production" : type, multiple, now, now.plusSeconds(expiresIn));
        state.saveSession(session);
        return session;
    }

    /** The organization every session of this sandbox belongs to: a number, as in StackOne's schema. */
    public long organizationId() {
        return organizationId;
    }

    /** The live session behind a token, if any: unknown and expired tokens look the same. */
    public Optional<ConnectSession> live(String token) {
        Instant now = clock.instant();
        return state.sessionByToken(token).filter(s -> !s.isExpiredAt(now));
    }

    private static String requiredText(ObjectNode body, String field, List<String> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            errors.add(field + " is required");
            return null;
        }
        if (!node.isTextual()) {
            errors.add(field + " must be a string");
            return null;
        }
        if (node.asText().isBlank()) {
            errors.add(field + " should not be empty");
            return null;
        }
        return node.asText();
    }

    private static String optionalText(ObjectNode body, String field, List<String> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(field + " must be a string");
            return null;
        }
        return node.asText().isEmpty() ? null : node.asText();
    }

    private static List<String> categories(JsonNode node, List<String> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            errors.add("categories must be an array");
            return null;
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || !Categories.KNOWN.contains(item.asText())) {
                errors.add("each value in categories must be one of the following values: "
                        + String.join(", ", Categories.KNOWN.stream().sorted().toList()));
                return null;
            }
            result.add(item.asText());
        }
        return List.copyOf(result);
    }

    private static long expiresIn(JsonNode node, List<String> errors) {
        if (node == null || node.isNull()) {
            return DEFAULT_EXPIRES_IN;
        }
        if (!node.isIntegralNumber() && !(node.isNumber() && node.asDouble() == Math.rint(node.asDouble()))) {
            errors.add("expires_in must be an integer number of seconds");
            return DEFAULT_EXPIRES_IN;
        }
        long value = node.asLong();
        if (value <= 0) {
            errors.add("expires_in must be a positive number");
        }
        return value;
    }

    private static Map<String, Object> metadata(JsonNode node, List<String> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            errors.add("metadata must be an object");
            return null;
        }
        return JsonValues.toMap(node);
    }

    private static boolean bool(JsonNode node, String field, List<String> errors) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            errors.add(field + " must be a boolean value");
            return false;
        }
        return node.asBoolean();
    }
}
