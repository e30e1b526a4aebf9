package dev.connect.adapters.web.http;

/**
 * The one seam between connect's HTTP API and an HTTP server library: starts a server that hands every request to the
 * dispatcher and writes its answer back, within the protocol limits. The composition root chooses the binding; the
 * endpoints, JSON, authentication and the problem mapping never learn which it is.
 *
 * <p>A binding answers whatever it refuses itself (a malformed request, a head over the limits) with
 * {@link HttpDispatcher#refuse}, so that those answers are problems like any other. The HTTP contract suite in this
 * module's test-jar says what else a binding must do.
 */
@FunctionalInterface
public interface HttpServerBinding {

    /** Starts serving on {@code host:port} (port 0 picks a free one); the handle stops it. */
    HttpServerHandle start(String host, int port, HttpDispatcher dispatcher, ProtocolLimits limits);
}
