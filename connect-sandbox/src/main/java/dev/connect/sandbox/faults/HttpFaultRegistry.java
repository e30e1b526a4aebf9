package dev.connect.sandbox.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The armed HTTP faults, each with how many more requests it will spoil; the oldest matching one wins. */
public final class HttpFaultRegistry {

    /** A fault and its remaining uses. */
    public record Armed(HttpFault fault, int remaining) {
    }

    private final List<Armed> armed = new ArrayList<>();

    public synchronized void add(HttpFault fault) {
        armed.add(new Armed(fault, fault.times()));
    }

    public synchronized void clear() {
        armed.clear();
    }

    public synchronized List<Armed> active() {
        return List.copyOf(armed);
    }

    /** Takes one use of the first fault matching this request, if any. */
    public synchronized Optional<HttpFault> take(String method, String requestTarget) {
        for (int i = 0; i < armed.size(); i++) {
            Armed candidate = armed.get(i);
            if (candidate.fault().matches(method, requestTarget)) {
                if (candidate.remaining() <= 1) {
                    armed.remove(i);
                } else {
                    armed.set(i, new Armed(candidate.fault(), candidate.remaining() - 1));
                }
                return Optional.of(candidate.fault());
            }
        }
        return Optional.empty();
    }
}
