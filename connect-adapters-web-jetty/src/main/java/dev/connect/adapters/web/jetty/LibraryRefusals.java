package dev.connect.adapters.web.jetty;

import dev.connect.adapters.web.http.ProtocolLimits;
import dev.connect.adapters.web.problem.WebRequestException;

/**
 * Says what a refusal by Jetty (or a library on Jetty) means in this API's terms. They refuse with a bare status (a
 * malformed head, a head over the limits, ...); this turns the status into the {@link WebRequestException} that
 * carries the stable code, so that {@link dev.connect.adapters.web.problem.ProblemMapper} stays the one mapping to a
 * problem. The library's own reason text is never passed on: it is not ours to keep stable, and could echo input.
 */
final class LibraryRefusals {

    private final ProtocolLimits limits;

    LibraryRefusals(ProtocolLimits limits) {
        this.limits = limits;
    }

    /**
     * @param status the status the library chose
     * @param cause  what it refused with, if anything; a server-side failure is passed on as it is, so that it is
     *               logged and answered as the unexpected failure it is
     */
    Throwable failureFor(int status, Throwable cause) {
        return switch (status) {
            case 404 -> WebRequestException.routeNotFound();
            case 405 -> WebRequestException.methodNotAllowed();
            case 408 -> WebRequestException.requestTimeout();
            case 413 -> WebRequestException.tooLarge();
            case 414 -> WebRequestException.uriTooLong(limits.maxUriBytes());
            case 431 -> WebRequestException.headersTooLarge(limits.maxHeadBytes());
            case 505 -> WebRequestException.httpVersionNotSupported();
            default -> status < 500 ? WebRequestException.malformedHttp()
                    : cause != null ? cause : new IllegalStateException("the HTTP server failed with status " + status);
        };
    }
}
