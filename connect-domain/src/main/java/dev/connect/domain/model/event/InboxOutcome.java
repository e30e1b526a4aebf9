package dev.connect.domain.model.event;

/** What the inbox says became of a recorded event. */
public enum InboxOutcome {
    /** The newest event of its account so far: it decided the registry entry. */
    APPLIED,
    /** Older than (or the same as) the last applied event of its account: recorded, state not changed. */
    OUTDATED,
    /** An unknown {@code event} value: verified and recorded, never applied. */
    IGNORED
}
