package dev.connect.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answers of one load run: how many, how fast, the latency distribution, and each answer's send offset and
 * latency (for the timeline chart).
 *
 * @param offsets   per answer, when it was sent (or due, in an open loop), in ns from the start; same order as
 *                  {@code timeline}
 * @param timeline  per answer, its latency in ns
 * @param sorted    every latency in ns, ascending
 * @param cpu       where the CPU went meanwhile: the app, the database server, the generator, the machine's cores
 */
record LoadResult(String name, long answered, long failures, Map<Integer, Long> statuses, long elapsedNanos,
                  long[] offsets, long[] timeline, long[] sorted, CpuUse cpu) {

    static LoadResult of(String name, long start, List<Samples> samples) {
        int total = samples.stream().mapToInt(s -> s.size).sum();
        long[] offsets = new long[total];
        long[] timeline = new long[total];
        int at = 0;
        long failures = 0;
        long end = start;
        Map<Integer, Long> statuses = new TreeMap<>();
        for (Samples s : samples) {
            System.arraycopy(s.offsets, 0, offsets, at, s.size);
            System.arraycopy(s.latencies, 0, timeline, at, s.size);
            at += s.size;
            failures += s.failures;
            end = Math.max(end, s.lastDone);
            s.statuses.forEach((status, count) -> statuses.merge(status, count, Long::sum));
        }
        long[] sorted = timeline.clone();
        Arrays.sort(sorted);
        return new LoadResult(name, total, failures, statuses, Math.max(1, end - start), offsets, timeline, sorted,
                CpuUse.UNMEASURED);
    }

    LoadResult withCpu(CpuUse measured) {
        return new LoadResult(name, answered, failures, statuses, elapsedNanos, offsets, timeline, sorted, measured);
    }

    /**
     * The app's CPU time per answer in µs: what a request costs the server whatever else runs on the machine (the
     * figure that stays comparable when the machine is shared); NaN when not measured.
     */
    double appCpuMicrosPerAnswer() {
        return CpuUse.microsPer(cpu.appNanos(), answered);
    }

    /** The database server's CPU time per answer in µs; NaN when not measured. */
    double databaseCpuMicrosPerAnswer() {
        return CpuUse.microsPer(cpu.databaseNanos(), answered);
    }

    /** The load generator's (the harness's) CPU time per answer in µs; NaN when not measured. */
    double generatorCpuMicrosPerAnswer() {
        return CpuUse.microsPer(cpu.generatorNanos(), answered);
    }

    double perSecond() {
        return answered * 1e9 / elapsedNanos;
    }

    long count(int status) {
        return statuses.getOrDefault(status, 0L);
    }

    /** The latency at this percentile (0–100) in milliseconds; NaN without answers. */
    double percentileMillis(double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    double maxMillis() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
    }
}
