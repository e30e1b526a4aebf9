package dev.connect.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives requests at a loopback server, each sender on its own kept-alive connection, bounded by a duration and a
 * request count.
 *
 * <ul>
 *   <li>{@link #closed}: {@code senders} each send their next request as soon as the previous one was answered —
 *       the highest throughput the server sustains at that concurrency.</li>
 *   <li>{@link #open}: requests are due at a fixed rate whatever the server does, and latency is counted from when
 *       a request was due, not when a sender got round to it, so a stall shows in full instead of being hidden by
 *       the senders waiting on it (the "coordinated omission" of closed-loop tools).</li>
 * </ul>
 */
final class Load {

    /** The request with index {@code i}, as bytes. */
    @FunctionalInterface
    interface Source {
        byte[] request(long i);
    }

    /** Told about each answer, on the sender's thread. */
    @FunctionalInterface
    interface Sink {
        void answered(long i, HttpConnection.Response response);
    }

    private Load() {
    }

    static LoadResult closed(String name, int port, int senders, Duration duration, long firstIndex, long maxRequests,
                             Source source, Sink sink) {
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        return run(name, senders, start, samples -> {
            try (HttpConnection connection = new HttpConnection(port)) {
                while (true) {
                    long n = next.getAndIncrement();
                    if (n >= maxRequests || System.nanoTime() >= end) {
                        return;
                    }
                    long i = firstIndex + n;
                    byte[] request = source.request(i);
                    long sent = System.nanoTime();
                    exchange(connection, i, request, sent, start, samples, sink);
                }
            }
        });
    }

    static LoadResult open(String name, int port, int workers, double perSecond, Duration duration, long firstIndex,
                           Source source, Sink sink) {
        AtomicLong next = new AtomicLong();
        long count = (long) (perSecond * duration.toSeconds());
        double interval = 1e9 / perSecond;
        long start = System.nanoTime() + 20_000_000L; // every worker is waiting when the first request is due
        return run(name, workers, start, samples -> {
            try (HttpConnection connection = new HttpConnection(port)) {
                while (true) {
                    long n = next.getAndIncrement();
                    if (n >= count) {
                        return;
                    }
                    long due = start + (long) (n * interval);
                    long i = firstIndex + n;
                    byte[] request = source.request(i);
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    exchange(connection, i, request, due, start, samples, sink);
                }
            }
        });
    }

    private static void exchange(HttpConnection connection, long i, byte[] request, long from, long start,
                                 Samples samples, Sink sink) {
        try {
            HttpConnection.Response response = connection.exchange(request);
            long done = System.nanoTime();
            samples.add(from - start, done - from, response.status(), done);
            sink.answered(i, response);
        } catch (IOException | RuntimeException failure) {
            connection.close();
            samples.failed(System.nanoTime());
        }
    }

    private interface Sender {
        void run(Samples samples) throws Exception;
    }

    private static LoadResult run(String name, int threads, long start, Sender sender) {
        List<Samples> all = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Samples samples = new Samples();
            all.add(samples);
            Thread thread = new Thread(() -> {
                try {
                    sender.run(samples);
                } catch (Exception e) {
                    samples.failed(System.nanoTime());
                }
            }, name + "-" + t);
            thread.setDaemon(true);
            running.add(thread);
            thread.start();
        }
        for (Thread thread : running) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the load ran", e);
            }
        }
        return LoadResult.of(name, start, all);
    }
}
