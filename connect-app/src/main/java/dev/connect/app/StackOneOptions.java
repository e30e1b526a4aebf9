package dev.connect.app;

import dev.connect.adapters.stackone.StackOneApiKey;
import dev.connect.adapters.stackone.StackOneSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How to reach StackOne. Without an API key connect runs against its built-in sandbox, whose address and key are
 * known only once it has started.
 */
public record StackOneOptions(Optional<StackOneApiKey> apiKey, URI baseUrl, Duration connectTimeout,
                              Duration readTimeout, Duration callDeadline) {

    public boolean usesSandbox() {
        return apiKey.isEmpty();
    }

    /** The adapter's settings for the real StackOne. */
    public StackOneSettings real() {
        return settingsFor(baseUrl, apiKey.orElseThrow(() -> new IllegalStateException("no StackOne API key")));
    }

    public StackOneSettings settingsFor(URI url, StackOneApiKey key) {
        return new StackOneSettings(url, key, connectTimeout, readTimeout, callDeadline);
    }
}
