package dev.connect.domain.model.event;

import dev.connect.domain.model.Checks;

/**
 * The provider's own name for an account event, as its adapter canonicalised it (for example the provider's
 * spelling of a known event, whatever case it arrived in; an unknown name as it came). Non-blank, at most 100
 * characters. Part of the event's identity ({@link DeduplicationKey}) and kept in the inbox; what the event means is
 * its {@link AccountEventKind}.
 */
public record EventName(String value) {

    public static final int MAX_LENGTH = 100;

    public EventName {
        Checks.boundedText("event", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
