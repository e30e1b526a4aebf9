package dev.connect.adapters.web.http;

import java.util.Objects;
import java.util.Set;

/**
 * One endpoint: method, path (with {@code {name}} parameters, see {@link PathPattern}) and the most body bytes it
 * accepts; a larger body is answered with 413 before the handler runs. A {@code GET} route answers {@code HEAD} too.
 * A route whose path carries a secret (e.g. an auth link's token, a bearer address) is logged as its pattern, never
 * as the path a request sent ({@code secretPath}).
 */
public record HttpRoute(String method, String path, long maxBodyBytes, HttpHandler handler, boolean secretPath) {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    public HttpRoute {
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("unsupported method: " + method);
        }
        PathPattern.parse(path);
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes must not be negative");
        }
        Objects.requireNonNull(handler, "handler");
    }

    public HttpRoute(String method, String path, long maxBodyBytes, HttpHandler handler) {
        this(method, path, maxBodyBytes, handler, false);
    }

    /** This route, its requests' paths never logged as sent. */
    public HttpRoute withSecretPath() {
        return new HttpRoute(method, path, maxBodyBytes, handler, true);
    }

    public static HttpRoute get(String path, HttpHandler handler) {
        return new HttpRoute("GET", path, 0, handler);
    }

    public static HttpRoute post(String path, HttpHandler handler) {
        return new HttpRoute("POST", path, DEFAULT_MAX_BODY_BYTES, handler);
    }
}
