package dev.connect.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the intake answered, per event index: how often each event was acknowledged as applied, and the count of
 * each answer ({@code applied}, {@code duplicate}, …, or the HTTP status of a refusal).
 */
final class Acknowledgements implements Load.Sink {

    private final AtomicIntegerArray applied;
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();

    Acknowledgements(int capacity) {
        this.applied = new AtomicIntegerArray(capacity);
    }

    @Override
    public void answered(long i, HttpConnection.Response response) {
        String answer = answerOf(response);
        answers.computeIfAbsent(answer, a -> new LongAdder()).increment();
        if (answer.equals("applied")) {
            applied.incrementAndGet((int) i);
        }
    }

    static String answerOf(HttpConnection.Response response) {
        if (response.status() != 200) {
            return "http " + response.status();
        }
        String text = response.text();
        int at = text.indexOf("\"status\":\"");
        return at < 0 ? "200 without status" : text.substring(at + 10, text.indexOf('"', at + 10));
    }

    int capacity() {
        return applied.length();
    }

    /** How often event {@code i} was acknowledged as applied. */
    int timesApplied(int i) {
        return applied.get(i);
    }

    long count(String answer) {
        LongAdder adder = answers.get(answer);
        return adder == null ? 0 : adder.sum();
    }

    Map<String, Long> answers() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        answers.forEach((answer, count) -> copy.put(answer, count.sum()));
        return copy;
    }
}
