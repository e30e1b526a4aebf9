package dev.connect.sandbox.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The armed webhook faults; each account event takes one use of the oldest one. */
public final class WebhookFaultRegistry {

    /** A fault and its remaining uses. */
    public record Armed(WebhookFault fault, int remaining) {
    }

    private final List<Armed> armed = new ArrayList<>();

    public synchronized void add(WebhookFault fault) {
        armed.add(new Armed(fault, fault.times()));
    }

    public synchronized void clear() {
        armed.clear();
    }

    public synchronized List<Armed> active() {
        return List.copyOf(armed);
    }

    /** The fault for the next event, with how many uses remained before this one (1 = this is the last). */
    public synchronized Optional<Armed> take() {
        if (armed.isEmpty()) {
            return Optional.empty();
        }
        Armed first = armed.get(0);
        if (first.remaining() <= 1) {
            armed.remove(0);
        } else {
            armed.set(0, new Armed(first.fault(), first.remaining() - 1));
        }
        return Optional.of(first);
    }
}
