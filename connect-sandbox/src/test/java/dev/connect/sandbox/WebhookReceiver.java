package dev.connect.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A webhook target on loopback that records what it receives and can be told to fail the first N deliveries. */
final class WebhookReceiver implements AutoCloseable {

    /** A received delivery: the raw body bytes and the signature header. */
    record Received(byte[] body, String signature, String contentType) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failureStatus = 500;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/webhooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status;
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = failureStatus;
            } else {
                received.add(new Received(body, exchange.getRequestHeaders().getFirst("x-stackone-signature"),
                        exchange.getRequestHeaders().getFirst("Content-Type")));
                status = 204;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks");
    }

    void failNext(int count, int status) {
        failureStatus = status;
        failuresLeft.set(count);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    void clear() {
        received.clear();
    }

    /** Waits until {@code count} deliveries matching the predicate have arrived, and returns all received. */
    List<Received> await(int count, Predicate<Received> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.stream().filter(matching).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " deliveries, got " + received.stream()
                        .map(Received::text).toList());
            }
            Thread.sleep(20);
        }
        return received();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
