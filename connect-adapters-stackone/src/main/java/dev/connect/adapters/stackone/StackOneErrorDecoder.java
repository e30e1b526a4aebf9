package dev.connect.adapters.stackone;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connect.adapters.stackone.wire.StackOneErrorBody;
import dev.connect.provider.http.ProviderErrorDecoder;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * Reads StackOne's error body ({@code statusCode}, {@code message}, {@code errors}, …) for the shared mapping of
 * every non-2xx answer to a domain failure ({@link ProviderErrorDecoder}); StackOne means nothing else by any status.
 */
final class StackOneErrorDecoder extends ProviderErrorDecoder {

    private final ObjectMapper json;

    StackOneErrorDecoder(ObjectMapper json, StackOneApiKey apiKey, Clock clock) {
        super(StackOneClient.PROVIDER, apiKey::redactFrom, clock);
        this.json = json;
    }

    @Override
    protected Optional<String> messageOf(String body) {
        try {
            StackOneErrorBody error = json.readValue(body, StackOneErrorBody.class);
            if (error == null) {
                return Optional.empty();
            }
            String message = error.message();
            if (error.errors() != null && !error.errors().isEmpty()) {
                message = (message == null ? "" : message + ": ") + String.join("; ", error.errors());
            }
            return Optional.ofNullable(message);
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }
}
