package dev.connect.adapters.web.javalin;

import dev.connect.adapters.web.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty refuses on its own, before Javalin or any route sees a request (an unsupported version, a
 * malformed header field, a missing Host, conflicting body framing, a head or URI over the limits), with the same
 * problem+json as every other error, in place of Jetty's HTML error page. Installed as the server's error handler,
 * which Jetty calls for every error it writes itself.
 */
final class ProblemErrorHandler extends ErrorHandler {

    private final Function<Throwable, HttpResponse> problems;
    private final LibraryRefusals refusals;

    ProblemErrorHandler(Function<Throwable, HttpResponse> problems, LibraryRefusals refusals) {
        this.problems = problems;
        this.refusals = refusals;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
        int status = cause instanceof HttpException refused ? refused.getCode() : response.getStatus();
        HttpResponse problem = problems.apply(refusals.failureFor(status, cause));
        response.setStatus(problem.status());
        problem.headers().forEach(response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, problem.body().length);
        response.write(true, ByteBuffer.wrap(problem.body()), callback);
        return true;
    }
}
