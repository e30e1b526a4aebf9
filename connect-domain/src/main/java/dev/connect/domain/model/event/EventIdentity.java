package dev.connect.domain.model.event;

import dev.connect.domain.model.Checks;

/**
 * The provider's own identity of an account event, beyond its name and account: an event id where the provider sends
 * one, or, where it sends neither an id nor a date it vouches for, the fields its adapter finds make the event what
 * it is. Stated by the adapter in its provider's terms; the same for every delivery of one event, so that
 * {@link DeduplicationKey} recognises a re-sent event by it. An event without one is told apart by its
 * {@code eventDate}. Non-blank, at most {@value #MAX_LENGTH} characters, no control characters.
 */
public record EventIdentity(String value) {

    public static final int MAX_LENGTH = 1000;

    public EventIdentity {
        Checks.boundedText("eventIdentity", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
