package dev.connect.adapters.web.webhook;

import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Whose account webhooks the API receives: one intake per linking provider, each at {@code POST /webhooks/<provider>}
 * ({@code /webhooks/stackone}, {@code /webhooks/nango}). Only these routes exist; another provider's path answers 404
 * like any path the API does not have.
 */
public record AccountWebhooks(Map<String, ReceiveAccountEventUseCase> byProvider) {

    public static final String STACKONE = "stackone";
    public static final String NANGO = "nango";
    private static final Pattern PROVIDER = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public AccountWebhooks {
        Objects.requireNonNull(byProvider, "byProvider");
        byProvider.forEach((provider, receive) -> {
            path(provider);
            Objects.requireNonNull(receive, "receive");
        });
        byProvider = Collections.unmodifiableMap(new TreeMap<>(byProvider));
    }

    /** One provider's webhooks. */
    public static AccountWebhooks of(String provider, ReceiveAccountEventUseCase receive) {
        return new AccountWebhooks(Map.of(provider, receive));
    }

    /** The path a provider's webhooks arrive at: {@code /webhooks/<provider>}. */
    public static String path(String provider) {
        if (provider == null || !PROVIDER.matcher(provider).matches()) {
            throw new IllegalArgumentException("a webhook route is named by a provider: 1 to 32 of a-z, 0-9, '-'");
        }
        return "/webhooks/" + provider;
    }
}
