package dev.connect.adapters.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request as an HTTP binding hands it over, before routing: the path and query as sent (still percent-encoded),
 * the header fields, and the body not yet read, so that {@link HttpDispatcher} can refuse it by its declared length or
 * stop reading at the route's limit.
 *
 * @param path          the path as sent, relative to where the API is mounted, without the query
 * @param query         the query as sent, without {@code ?}; empty if none
 * @param contentLength the declared {@code Content-Length}, or -1 if none (a chunked body)
 */
public record InboundRequest(String method, String path, String query, Map<String, List<String>> headers,
                             long contentLength, Body body) {

    /** Opens the request body: at most once, after the route is found and the declared length is within its limit. */
    @FunctionalInterface
    public interface Body {

        InputStream open() throws IOException;
    }

    public InboundRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = query == null ? "" : query;
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String toString() {
        // the query and header fields may carry credentials
        return "InboundRequest[" + method + " " + path + "]";
    }
}
