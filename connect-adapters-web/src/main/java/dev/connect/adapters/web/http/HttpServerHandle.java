package dev.connect.adapters.web.http;

/** A running HTTP server. */
public interface HttpServerHandle extends AutoCloseable {

    /** The port it listens on (useful after asking for port 0). */
    int port();

    /** Stops accepting requests and lets those in flight finish. Idempotent. */
    @Override
    void close();
}
