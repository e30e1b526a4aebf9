package dev.connect.adapters.web.javalin;

import dev.connect.adapters.web.http.HttpDispatcher;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.adapters.web.http.InboundRequest;
import dev.connect.adapters.web.http.ProtocolLimits;
import dev.connect.adapters.web.jetty.LimitedHttpConnector;
import dev.connect.adapters.web.jetty.ProblemErrorHandler;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Serves connect's API with Javalin over Jetty, the default binding: every request goes to the {@link HttpDispatcher},
 * which routes it, so that Javalin's router (its method override header, its own 404 and 405) plays no part. Jetty's
 * refusals of requests that are not well-formed HTTP or break the {@link ProtocolLimits} are problems too, through the
 * shared Jetty pieces. The module around it is the only code that knows Javalin.
 */
public final class JavalinHttpServer implements HttpServerHandle {

    private final Javalin javalin;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JavalinHttpServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /** The {@link dev.connect.adapters.web.http.HttpServerBinding} of Javalin, as a method reference. */
    public static JavalinHttpServer start(String host, int port, HttpDispatcher dispatcher, ProtocolLimits limits) {
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // Answers carry session tokens: compressing them beside attacker-chosen text invites BREACH, and every
            // binding must answer byte for byte alike.
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.jetty.addConnector((server, http) -> LimitedHttpConnector.create(server, http, host, port, limits));
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler(dispatcher, limits)));
            // A before-handler sees every request, whatever its method; once it has answered, nothing else runs.
            config.routes.before(ctx -> {
                write(ctx, dispatcher.dispatch(inbound(ctx.req())));
                ctx.skipRemainingHandlers();
            });
            config.routes.exception(Exception.class, (failure, ctx) -> write(ctx, dispatcher.refuse(failure)));
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

    private static InboundRequest inbound(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        // the raw path, as Javalin itself routes on it: not decoded, without the context path
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new InboundRequest(request.getMethod(), path, request.getQueryString(), headers,
                request.getContentLengthLong(), request::getInputStream);
    }

    private static void write(Context ctx, HttpResponse response) {
        ctx.status(response.status());
        response.headers().forEach(ctx::header);
        ctx.result(response.body());
    }
}
