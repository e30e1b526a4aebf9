package dev.connect.app;

import dev.connect.adapters.stackone.StackOneApiKey;
import dev.connect.adapters.stackone.StackOneSettings;
import dev.connect.adapters.web.auth.JwtSettings;
import dev.connect.domain.model.Category;
import dev.connect.domain.model.ConnectionPolicy;
import dev.connect.domain.model.ProviderKey;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;

/**
 * Everything connect is configured with, read from {@code CONNECT_…} environment variables and validated at once.
 * The README's configuration table lists each variable.
 */
public record ConnectSettings(String httpHost, int httpPort, StackOneSettings stackOne, JwtSettings callers,
                              ConnectionPolicy policy) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    /** Reads and validates; throws {@link InvalidSettingsException} listing every problem. */
    public static ConnectSettings fromEnvironment(Map<String, String> environment) {
        SettingsReader read = new SettingsReader(SettingsSource.fromEnvironment(environment));

        String host = read.text("CONNECT_HTTP_HOST").orElse(DEFAULT_HOST);
        int port = read.port("CONNECT_HTTP_PORT", DEFAULT_PORT);

        Optional<String> apiKey = read.text("CONNECT_STACKONE_API_KEY");
        if (apiKey.isEmpty()) {
            read.problem("CONNECT_STACKONE_API_KEY: required (the StackOne API key, v1.<region>.<random>)");
        }
        var baseUrl = read.httpUrl("CONNECT_STACKONE_BASE_URL").orElse(StackOneSettings.DEFAULT_BASE_URL);
        Duration connectTimeout =
                read.duration("CONNECT_STACKONE_CONNECT_TIMEOUT", StackOneSettings.DEFAULT_CONNECT_TIMEOUT);
        Duration readTimeout = read.duration("CONNECT_STACKONE_READ_TIMEOUT", StackOneSettings.DEFAULT_READ_TIMEOUT);
        Duration deadline = read.duration("CONNECT_STACKONE_DEADLINE", StackOneSettings.DEFAULT_CALL_DEADLINE);

        JwtSettings callers = callers(read);

        var providers = new HashSet<>(read.listOf("CONNECT_ALLOWED_PROVIDERS", ProviderKey::new));
        var categories = new HashSet<>(read.listOf("CONNECT_ALLOWED_CATEGORIES", Category::fromKey));

        if (!read.problems().isEmpty()) {
            throw new InvalidSettingsException(read.problems());
        }
        StackOneSettings stackOne = new StackOneSettings(baseUrl, new StackOneApiKey(apiKey.orElseThrow()),
                connectTimeout, readTimeout, deadline);
        return new ConnectSettings(host, port, stackOne, callers, new ConnectionPolicy(providers, categories));
    }

    private static JwtSettings callers(SettingsReader read) {
        Optional<String> secret = read.text("CONNECT_AUTH_JWT_SECRET");
        var jwksUrl = read.httpUrl("CONNECT_AUTH_JWKS_URL");
        var jwksFile = read.readableFile("CONNECT_AUTH_JWKS_FILE");
        long sources = java.util.stream.Stream.of(secret, jwksUrl, jwksFile).filter(Optional::isPresent).count();
        boolean named = read.text("CONNECT_AUTH_JWKS_URL").isPresent() || read.text("CONNECT_AUTH_JWKS_FILE").isPresent();
        if (sources == 0 && !named) {
            read.problem("CONNECT_AUTH_JWT_SECRET, CONNECT_AUTH_JWKS_URL or CONNECT_AUTH_JWKS_FILE: one is required "
                    + "to verify callers' bearer tokens");
            return null;
        }
        if (sources > 1) {
            read.problem("CONNECT_AUTH_JWT_SECRET, CONNECT_AUTH_JWKS_URL, CONNECT_AUTH_JWKS_FILE: set only one");
            return null;
        }
        if (sources == 0) {
            return null; // the URL or file was named but is invalid: already reported
        }
        try {
            return new JwtSettings(secret, jwksUrl, jwksFile, read.text("CONNECT_AUTH_ISSUER"),
                    read.text("CONNECT_AUTH_AUDIENCE"), read.text("CONNECT_AUTH_CLAIM_OWNER_ID").orElse(null),
                    read.text("CONNECT_AUTH_CLAIM_OWNER_NAME").orElse(null),
                    read.text("CONNECT_AUTH_CLAIM_USER_NAME").orElse(null));
        } catch (IllegalArgumentException invalid) {
            read.problem("CONNECT_AUTH_JWT_SECRET: " + invalid.getMessage());
            return null;
        }
    }
}
