package dev.connect.adapters.web.frontend;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a browser page finds StackOne, as the running app knows it: the Hub's {@code base-url} (and {@code app-url}),
 * and StackOne's {@code connect.js}. The sandbox's own in the embedded default, StackOne's otherwise; read at run time,
 * so that one build of a page works in either.
 *
 * @param hubAppUrl where the Hub sends the OAuth popup's redirect; empty: the Hub's default (StackOne's app)
 */
public record FrontendConfig(Mode mode, URI hubBaseUrl, Optional<URI> hubAppUrl, URI connectJsUrl) {

    /** StackOne's script library, as its guides load it. */
    public static final URI STACKONE_CONNECT_JS = URI.create("https://app.stackone.com/stackone/connect.js");

    /** Which StackOne the app talks to. */
    public enum Mode {
        /** The built-in sandbox, on this machine. */
        SANDBOX,
        /** StackOne itself. */
        STACKONE
    }

    public FrontendConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(hubBaseUrl, "hubBaseUrl");
        Objects.requireNonNull(hubAppUrl, "hubAppUrl");
        Objects.requireNonNull(connectJsUrl, "connectJsUrl");
    }

    /** The sandbox at {@code sandbox}: the Hub's API, its OAuth pages and {@code connect.js} all there. */
    public static FrontendConfig sandbox(URI sandbox, URI connectJsUrl) {
        return new FrontendConfig(Mode.SANDBOX, sandbox, Optional.of(sandbox), connectJsUrl);
    }

    /** StackOne at {@code apiBaseUrl} (api.stackone.com or a regional host), with its own connect.js and app. */
    public static FrontendConfig stackOne(URI apiBaseUrl) {
        return new FrontendConfig(Mode.STACKONE, apiBaseUrl, Optional.empty(), STACKONE_CONNECT_JS);
    }
}
