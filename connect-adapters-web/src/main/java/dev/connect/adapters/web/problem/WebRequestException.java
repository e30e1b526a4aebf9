package dev.connect.adapters.web.problem;

import java.util.Map;
import java.util.Optional;

/**
 * A request the web adapter refuses before any use case runs: unauthenticated, too large, not JSON, malformed.
 * Carries its HTTP status and stable code; messages never contain secrets.
 */
public final class WebRequestException extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;
    private final Map<String, String> headers;

    private WebRequestException(int status, String code, String message, String field, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
        this.headers = Map.copyOf(headers);
    }

    public static WebRequestException unauthenticated(String message, String wwwAuthenticate) {
        return new WebRequestException(401, "unauthenticated", message, null,
                Map.of("WWW-Authenticate", wwwAuthenticate));
    }

    public static WebRequestException malformed(String field, String message) {
        return new WebRequestException(400, "invalid_request", message, field, Map.of());
    }

    public static WebRequestException tooLarge(long maxBytes) {
        return new WebRequestException(413, "payload_too_large",
                "the request body must be at most " + maxBytes + " bytes", null, Map.of());
    }

    public static WebRequestException tooLarge() {
        return new WebRequestException(413, "payload_too_large", "the request body is too large", null, Map.of());
    }

    public static WebRequestException unsupportedMediaType(String expected) {
        return new WebRequestException(415, "unsupported_media_type",
                "the request body must be " + expected, null, Map.of("Accept-Post", expected));
    }

    /** The keys to check callers' tokens could not be fetched: the caller is not at fault and may retry. */
    public static WebRequestException callerKeysUnavailable() {
        return new WebRequestException(503, "caller_keys_unavailable",
                "the keys to verify bearer tokens are unavailable; try again shortly", null, Map.of("Retry-After", "5"));
    }

    public static WebRequestException routeNotFound() {
        return new WebRequestException(404, "not_found", "no resource at this path", null, Map.of());
    }

    public static WebRequestException methodNotAllowed() {
        return new WebRequestException(405, "method_not_allowed", "this method is not allowed on this path", null,
                Map.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public Map<String, String> headers() {
        return headers;
    }
}
