package dev.connect.adapters.web.javalin;

import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.adapters.web.http.ProtocolLimits;
import dev.connect.adapters.web.problem.WebRequestException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Serves {@link HttpRoute}s with Javalin over Jetty, and hands every failure to the one function that writes problems:
 * the routes' own, Javalin's refusals (no such route, wrong method, unreadable body) and Jetty's refusals of requests
 * that are not well-formed HTTP or break the {@link ProtocolLimits}. The package around it is the only code that
 * knows Javalin and Jetty.
 */
public final class JavalinHttpServer implements HttpServerHandle {

    private final Javalin javalin;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JavalinHttpServer(Javalin javalin) {
        this.javalin = javalin;
    }

    public static JavalinHttpServer start(String host, int port, List<HttpRoute> routes, ProtocolLimits limits,
                                          Function<Throwable, HttpResponse> problems,
                                          Clock clock) {
        long largestBody = routes.stream().mapToLong(HttpRoute::maxBodyBytes).max().orElse(0);
        LibraryRefusals refusals = new LibraryRefusals(limits);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = Math.max(largestBody + 1, 1024);
            config.jetty.addConnector((server, http) -> LimitedHttpConnector.create(server, http, host, port, limits));
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler(problems, refusals)));
            for (HttpRoute route : routes) {
                config.routes.addHttpHandler(handlerType(route.method()), route.path(),
                        ctx -> write(ctx, answer(ctx, route, problems, clock)));
            }
            config.routes.exception(HttpResponseException.class, (refused, ctx) ->
                    write(ctx, problems.apply(refusals.failureFor(refused.getStatus(), refused))));
            config.routes.exception(Exception.class, (failure, ctx) -> write(ctx, problems.apply(failure)));
        });
        javalin.start();
        return new JavalinHttpServer(javalin);
    }

    @Override
    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            javalin.stop();
        }
    }

    private static HttpResponse answer(Context ctx, HttpRoute route, Function<Throwable, HttpResponse> problems,
                                       Clock clock) {
        try {
            return route.handler().handle(toRequest(ctx, route, clock));
        } catch (RuntimeException failure) {
            return problems.apply(failure);
        }
    }

    private static HttpRequest toRequest(Context ctx, HttpRoute route, Clock clock) {
        var receivedAt = clock.instant();
        Map<String, List<String>> headers = new java.util.HashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, Collections.list(ctx.req().getHeaders(name)));
        }
        return new HttpRequest(ctx.method().name(), ctx.path(), ctx.pathParamMap(), ctx.queryParamMap(), headers,
                readBody(ctx, route.maxBodyBytes()), receivedAt);
    }

    /** Reads at most one byte more than allowed, so that a body without Content-Length cannot grow unbounded. */
    private static byte[] readBody(Context ctx, long maxBytes) {
        if (ctx.contentLength() > maxBytes) {
            throw WebRequestException.tooLarge(maxBytes);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw WebRequestException.tooLarge(maxBytes);
            }
            return body;
        } catch (IOException unreadable) {
            throw WebRequestException.malformed(null, "the request body could not be read");
        }
    }

    private static void write(Context ctx, HttpResponse response) {
        ctx.status(response.status());
        response.headers().forEach(ctx::header);
        ctx.result(response.body());
    }

    private static HandlerType handlerType(String method) {
        return switch (method) {
            case "GET" -> HandlerType.GET;
            case "POST" -> HandlerType.POST;
            case "PUT" -> HandlerType.PUT;
            case "PATCH" -> HandlerType.PATCH;
            case "DELETE" -> HandlerType.DELETE;
            default -> throw new IllegalArgumentException("unsupported method: " + method);
        };
    }

}
