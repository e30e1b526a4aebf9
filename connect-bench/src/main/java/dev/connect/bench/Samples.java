package dev.connect.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** What one sender saw: per answered request its send offset, latency and status; and failures. One thread only. */
final class Samples {

    long[] offsets = new long[4096];
    long[] latencies = new long[4096];
    int size;
    long failures;
    long lastDone;
    final Map<Integer, Long> statuses = new TreeMap<>();

    void add(long offset, long latency, int status, long done) {
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
            latencies = Arrays.copyOf(latencies, size * 2);
        }
        offsets[size] = offset;
        latencies[size] = latency;
        size++;
        statuses.merge(status, 1L, Long::sum);
        lastDone = Math.max(lastDone, done);
    }

    void failed(long at) {
        failures++;
        lastDone = Math.max(lastDone, at);
    }
}
