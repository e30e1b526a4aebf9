package dev.connect.domain.model.event;

import java.util.Objects;
import java.util.Optional;

/**
 * What applying one event to its account's registry entry gives: the inbox outcome, and the entry before and after.
 * The store writes {@code after} when it differs from {@code before}.
 */
public record EventApplication(InboxOutcome outcome, Optional<LinkedAccountRecord> before,
                               Optional<LinkedAccountRecord> after) {

    public EventApplication {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isPresent() && after.isEmpty()) {
            throw new IllegalArgumentException("an event never removes a registry entry");
        }
        if (outcome == InboxOutcome.APPLIED && after.isEmpty()) {
            throw new IllegalArgumentException("an applied event leaves an entry");
        }
    }

    public boolean changesRegistry() {
        return !before.equals(after);
    }
}
