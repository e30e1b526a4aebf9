package dev.connect.adapters.web.http;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One inbound request, as plain data: what the endpoints see instead of any HTTP library's types, so that the
 * library can be swapped without touching them.
 *
 * @param rawQuery   the query as sent, without {@code ?}; empty if none
 * @param headers    by name, case-insensitively
 * @param body       the raw bytes as received, never more than the route's limit
 * @param receivedAt when the server received it
 */
public record HttpRequest(String method, String path, Map<String, String> pathParams,
                          Map<String, List<String>> query, String rawQuery, Map<String, List<String>> headers,
                          byte[] body, Instant receivedAt) {

    public HttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        pathParams = Map.copyOf(pathParams);
        query = Map.copyOf(query);
        rawQuery = rawQuery == null ? "" : rawQuery;
        TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> caseInsensitive.merge(name, List.copyOf(values), (a, b) -> {
            var merged = new java.util.ArrayList<>(a);
            merged.addAll(b);
            return List.copyOf(merged);
        }));
        headers = java.util.Collections.unmodifiableMap(caseInsensitive);
        body = body == null ? new byte[0] : body;
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** The first value of a header, looked up case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    @Override
    public String toString() {
        // headers carry credentials and the body may carry secrets: neither is shown
        return "HttpRequest[" + method + " " + path + ", " + body.length + " bytes]";
    }
}
