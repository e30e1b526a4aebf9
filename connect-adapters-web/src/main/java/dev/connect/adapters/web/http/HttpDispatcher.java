package dev.connect.adapters.web.http;

import dev.connect.adapters.web.problem.WebRequestException;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.MDC;

/**
 * Everything between an HTTP binding and the endpoints, the same for every binding: gives the request its id (in the
 * answer's {@code X-Request-Id}, in every problem body and in the MDC of every log line written meanwhile), answers
 * CORS preflights, finds the route (404, 405), enforces its body limit (413, whether or not the length was declared),
 * parses the query, calls the handler, turns every failure into a problem answer, and records the request in the
 * {@code http.server.requests} metric and the access log. A binding only translates its library's request into an
 * {@link InboundRequest} and writes the {@link HttpResponse} back.
 */
public final class HttpDispatcher {

    /** How much of a body over its route's limit is read and dropped so that the client reliably gets the 413. */
    static final long MAX_DRAINED_BYTES = 1024 * 1024;

    private final RouteTable routes;
    private final ProblemWriter problems;
    private final Clock clock;
    private final HttpServerMetrics metrics;
    private final CorsPolicy cors;

    /**
     * @param problems writes any failure as a problem answer; never throws
     * @param clock    stamps each request's arrival
     * @param meters   where {@code http.server.requests} is recorded
     * @param cors     which other origins' pages may read the answers
     */
    public HttpDispatcher(List<HttpRoute> routes, ProblemWriter problems, Clock clock, MeterRegistry meters,
                          CorsPolicy cors) {
        this.routes = new RouteTable(routes);
        this.problems = Objects.requireNonNull(problems, "problems");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metrics = new HttpServerMetrics(Objects.requireNonNull(meters, "meters"));
        this.cors = Objects.requireNonNull(cors, "cors");
    }

    /** Answers one request. Never throws: a failure, expected or not, is a problem answer. */
    public HttpResponse dispatch(InboundRequest request) {
        long started = System.nanoTime();
        Instant receivedAt = clock.instant();
        String requestId = RequestIds.of(request.headers());
        try (MDC.MDCCloseable logged = MDC.putCloseable(RequestIds.MDC_KEY, requestId)) {
            String route = HttpServerMetrics.UNMATCHED;
            String loggedPath = request.path();
            HttpResponse response;
            try {
                if (CorsPolicy.isPreflight(request)) {
                    response = cors.preflight(request, routes.methodsOf(request.path()));
                } else {
                    RouteTable.Match match = routes.match(request.method(), request.path());
                    route = match.route().path();
                    if (match.route().secretPath()) {
                        loggedPath = route;
                    }
                    HttpRequest routed = new HttpRequest(request.method(), request.path(), match.pathParams(),
                            QueryString.parse(request.query()), request.query(), request.headers(),
                            readBody(request, match.route().maxBodyBytes()), receivedAt);
                    response = match.route().handler().handle(routed);
                }
            } catch (RuntimeException failure) {
                response = problems.answer(failure, requestId);
            }
            return answered(request.method(), loggedPath, route, started,
                    cors.permit(request, response).withHeader(RequestIds.HEADER, requestId));
        }
    }

    /**
     * The answer to a request the binding's library refused before it could be dispatched: a problem with a fresh
     * request id, counted and logged like any other answer.
     */
    public HttpResponse refuse(Throwable refusal) {
        long started = System.nanoTime();
        String requestId = RequestIds.generated();
        try (MDC.MDCCloseable logged = MDC.putCloseable(RequestIds.MDC_KEY, requestId)) {
            return answered("-", "-", HttpServerMetrics.UNMATCHED, started,
                    problems.answer(refusal, requestId).withHeader(RequestIds.HEADER, requestId));
        }
    }

    private HttpResponse answered(String method, String path, String route, long started, HttpResponse response) {
        long nanos = System.nanoTime() - started;
        metrics.record(method, route, response.status(), nanos);
        AccessLog.answered(method, path, response.status(), nanos, response.body().length);
        return response;
    }

    /** Reads at most one byte more than allowed, so that a body without Content-Length cannot grow unbounded. */
    private static byte[] readBody(InboundRequest request, long maxBytes) {
        if (request.contentLength() == 0) {
            return new byte[0];
        }
        try (InputStream in = request.body().open()) {
            if (request.contentLength() > maxBytes) {
                throw refusedAfterDraining(in, maxBytes);
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw refusedAfterDraining(in, maxBytes);
            }
            return body;
        } catch (IOException unreadable) {
            throw WebRequestException.malformed(null, "the request body could not be read");
        }
    }

    /**
     * Reads and drops what is left of a body over the limit, up to {@link #MAX_DRAINED_BYTES}, before the 413: a server
     * that closes its side with the client's bytes still unread resets the connection, and the client may lose the
     * answer with it. A larger body is not read; the connection is then closed and the client may see only a reset.
     */
    private static WebRequestException refusedAfterDraining(InputStream in, long maxBytes) {
        try {
            byte[] sink = new byte[8192];
            long drained = 0;
            for (int read; drained < MAX_DRAINED_BYTES && (read = in.read(sink)) >= 0; ) {
                drained += read;
            }
        } catch (IOException gone) {
            // the client stopped sending: the refusal stands all the same
        }
        return WebRequestException.tooLarge(maxBytes);
    }
}
