package dev.connect.sandbox.core;

import dev.connect.sandbox.catalogue.Connector;
import dev.connect.sandbox.catalogue.ConnectorField;
import dev.connect.sandbox.core.ApiError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks credentials the way the Hub's form does (presence, html-pattern, select options), then plays the provider:
 * a value equal to the configured bad-credentials value is rejected as if the provider had answered 401.
 * Messages name fields by label, never repeat a value.
 */
public final class CredentialCheck {

    private final String badCredentialsValue;

    public CredentialCheck(String badCredentialsValue) {
        this.badCredentialsValue = badCredentialsValue;
    }

    public void check(Connector connector, Map<String, Object> credentials) {
        List<String> errors = new ArrayList<>();
        for (ConnectorField field : connector.fields()) {
            Object raw = credentials.get(field.key());
            String value = raw == null ? "" : String.valueOf(raw);
            if (value.isEmpty()) {
                if (field.required()) {
                    errors.add(field.label() + " is required");
                }
                continue;
            }
            if (field.pattern() != null && !matches(field.pattern(), value)) {
                errors.add(field.label() + ": " + field.patternError());
            }
            if (!field.options().isEmpty()
                    && field.options().stream().noneMatch(option -> option.value().equals(value))) {
                errors.add(field.label() + " must be one of the offered options");
            }
        }
        if (!errors.isEmpty()) {
            throw ApiError.validation(errors)
                    .withField("provider_response", String.join("; ", errors));
        }
        boolean rejected = credentials.values().stream()
                .anyMatch(value -> value != null && badCredentialsValue.equals(String.valueOf(value)));
        if (rejected) {
            throw providerRejection(connector);
        }
    }

    public static ApiError providerRejection(Connector connector) {
        String providerSays = connector.name() + " rejected the credentials (401 Unauthorized)";
        return ApiError.of(400, "Invalid credentials for " + connector.name())
                .withErrorCode("ProviderAuthenticationError")
                .withField("provider_response", providerSays)
                .withField("provider_errors", List.of(Map.of(
                        "status", 401,
                        "raw", Map.of("message", providerSays))));
    }

    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).find();
        } catch (PatternSyntaxException e) {
            return true;
        }
    }
}
