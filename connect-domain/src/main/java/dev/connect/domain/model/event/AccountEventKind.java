package dev.connect.domain.model.event;

/**
 * What an account event means for the registry, whatever the provider calls it: an account was linked, its link was
 * renewed (re-authenticated, refreshed), or it was disconnected; {@link #UNKNOWN} for any other event, which is
 * verified and recorded but never applied. A provider adapter decides the kind from its own event names.
 */
public enum AccountEventKind {
    CREATED(0),
    UPDATED(1),
    DELETED(2),
    UNKNOWN(-1);

    private final int sameInstantRank;

    AccountEventKind(int sameInstantRank) {
        this.sameInstantRank = sameInstantRank;
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /**
     * Which of two events at the same instant is the later one: created, then updated, then deleted. Stated here,
     * not taken from the declaration order, so that reordering the constants changes nothing.
     */
    int sameInstantRank() {
        return sameInstantRank;
    }
}
