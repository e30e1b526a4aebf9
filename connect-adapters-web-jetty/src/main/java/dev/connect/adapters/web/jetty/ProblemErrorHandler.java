package dev.connect.adapters.web.jetty;

import dev.connect.adapters.web.http.HttpDispatcher;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.ProtocolLimits;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty refuses on its own, before the binding or any route sees a request (an unsupported version, a
 * malformed header field, a missing Host, conflicting body framing, a head or URI over the limits), with the same
 * problem+json as every other error, in place of Jetty's HTML error page. Installed as the server's error handler,
 * which Jetty calls for every error it writes itself.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    private final HttpDispatcher dispatcher;
    private final LibraryRefusals refusals;

    public ProblemErrorHandler(HttpDispatcher dispatcher, ProtocolLimits limits) {
        this.dispatcher = dispatcher;
        this.refusals = new LibraryRefusals(limits);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
        int status = cause instanceof HttpException refused ? refused.getCode() : response.getStatus();
        HttpResponse problem = dispatcher.refuse(refusals.failureFor(status, cause));
        response.setStatus(problem.status());
        problem.headers().forEach(response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, problem.body().length);
        response.write(true, ByteBuffer.wrap(problem.body()), callback);
        return true;
    }
}
