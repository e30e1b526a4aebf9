package dev.connect.adapters.web.http;

import dev.connect.adapters.web.problem.WebRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything between an HTTP binding and the endpoints, the same for every binding: finds the route (404, 405),
 * enforces its body limit (413, whether or not the length was declared), parses the query, calls the handler, and turns
 * every failure into a problem answer. A binding only translates its library's request into an {@link InboundRequest}
 * and writes the {@link HttpResponse} back.
 */
public final class HttpDispatcher {

    private final RouteTable routes;
    private final Function<Throwable, HttpResponse> problems;
    private final Clock clock;

    /**
     * @param problems writes any failure as a problem answer; never throws
     * @param clock    stamps each request's arrival
     */
    public HttpDispatcher(List<HttpRoute> routes, Function<Throwable, HttpResponse> problems, Clock clock) {
        this.routes = new RouteTable(routes);
        this.problems = Objects.requireNonNull(problems, "problems");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Answers one request. Never throws: a failure, expected or not, is a problem answer. */
    public HttpResponse dispatch(InboundRequest request) {
        Instant receivedAt = clock.instant();
        try {
            RouteTable.Match match = routes.match(request.method(), request.path());
            HttpRequest routed = new HttpRequest(request.method(), request.path(), match.pathParams(),
                    QueryString.parse(request.query()), request.headers(),
                    readBody(request, match.route().maxBodyBytes()), receivedAt);
            return match.route().handler().handle(routed);
        } catch (RuntimeException failure) {
            return problems.apply(failure);
        }
    }

    /** The answer to a request the binding's library refused before it could be dispatched. */
    public HttpResponse refuse(Throwable refusal) {
        return problems.apply(refusal);
    }

    /** Reads at most one byte more than allowed, so that a body without Content-Length cannot grow unbounded. */
    private static byte[] readBody(InboundRequest request, long maxBytes) {
        if (request.contentLength() > maxBytes) {
            throw WebRequestException.tooLarge(maxBytes);
        }
        if (request.contentLength() == 0) {
            return new byte[0];
        }
        try (InputStream in = request.body().open()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw WebRequestException.tooLarge(maxBytes);
            }
            return body;
        } catch (IOException unreadable) {
            throw WebRequestException.malformed(null, "the request body could not be read");
        }
    }
}
