package dev.connect.sandbox.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answered in StackOne's body shape ({@code statusCode}, {@code message}, {@code timestamp}, optional
 * {@code errorCode}, {@code errors}, …). Messages are written by the sandbox itself and never carry a secret.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;
    private final List<String> errors;
    private final Map<String, Object> extra;
    private final Map<String, String> headers;

    private ApiError(int status, String message, String errorCode, List<String> errors, Map<String, Object> extra,
            Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
        this.errors = errors;
        this.extra = extra;
        this.headers = headers;
    }

    public static ApiError of(int status, String message) {
        return new ApiError(status, message, null, null, Map.of(), Map.of());
    }

    public static ApiError validation(List<String> errors) {
        return new ApiError(400, "Validation failed: " + String.join("; ", errors), "ValidationError",
                List.copyOf(errors), Map.of(), Map.of());
    }

    public static ApiError badRequest(String message) {
        return of(400, message);
    }

    public static ApiError notFound(String message) {
        return of(404, message);
    }

    public static ApiError unauthorized() {
        return of(401, "Unauthorized");
    }

    public ApiError withField(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(extra);
        copy.put(name, value);
        return new ApiError(status, getMessage(), errorCode, errors, copy, headers);
    }

    public ApiError withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiError(status, getMessage(), errorCode, errors, extra, copy);
    }

    public ApiError withErrorCode(String code) {
        return new ApiError(status, getMessage(), code, errors, extra, headers);
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Map<String, Object> body(String timestamp) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", status);
        body.put("message", getMessage());
        body.put("timestamp", timestamp);
        if (errorCode != null) {
            body.put("errorCode", errorCode);
        }
        if (errors != null) {
            body.put("errors", errors);
        }
        body.putAll(extra);
        return body;
    }
}
