package dev.connect.adapters.web.problem;

import java.util.Collection;
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

    /** A CORS preflight from an origin whose pages may not call the API. */
    public static WebRequestException originNotAllowed() {
        return new WebRequestException(403, "origin_not_allowed", "pages of this origin may not call this API "
                + "(CONNECT_CORS_ALLOWED_ORIGINS)", null, Map.of());
    }

    public static WebRequestException routeNotFound() {
        return new WebRequestException(404, "not_found", "no resource at this path", null, Map.of());
    }

    /** @param allowed the methods the path has, for the {@code Allow} header RFC 9110 requires */
    public static WebRequestException methodNotAllowed(Collection<String> allowed) {
        return new WebRequestException(405, "method_not_allowed", "this method is not allowed on this path", null,
                Map.of("Allow", String.join(", ", allowed)));
    }

    /** A 405 from an HTTP library that did not say which methods the path has. */
    public static WebRequestException methodNotAllowed() {
        return new WebRequestException(405, "method_not_allowed", "this method is not allowed on this path", null,
                Map.of());
    }

    /** The HTTP layer gave up waiting for the rest of a request it had begun to receive. */
    public static WebRequestException requestTimeout() {
        return new WebRequestException(408, "request_timeout", "the request was not received in time", null,
                Map.of());
    }

    /** Refused by the HTTP layer before any route ran, because it is not well-formed HTTP/1.1. */
    public static WebRequestException malformedHttp() {
        return new WebRequestException(400, "invalid_request", "the request is not well-formed HTTP: check the "
                + "request line, the header fields, the Host field and the body framing", null, Map.of());
    }

    public static WebRequestException uriTooLong(int maxBytes) {
        return new WebRequestException(414, "uri_too_long",
                "the request URI (path and query) must be at most " + maxBytes + " bytes", null, Map.of());
    }

    public static WebRequestException headersTooLarge(int maxBytes) {
        return new WebRequestException(431, "headers_too_large",
                "the request line and header fields must be at most " + maxBytes + " bytes together", null,
                Map.of());
    }

    public static WebRequestException httpVersionNotSupported() {
        return new WebRequestException(505, "http_version_not_supported",
                "this server speaks HTTP/1.1 (and HTTP/1.0)", null, Map.of());
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
