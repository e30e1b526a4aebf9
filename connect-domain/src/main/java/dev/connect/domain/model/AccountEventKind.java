package dev.connect.domain.model;

/**
 * What an account event means for the registry. The three StackOne documents, and {@link #UNKNOWN} for any other
 * {@code event} value, which is verified and recorded but never applied.
 */
public enum AccountEventKind {
    CREATED("account.created"),
    UPDATED("account.updated"),
    DELETED("account.deleted"),
    UNKNOWN(null);

    private final String wireName;

    AccountEventKind(String wireName) {
        this.wireName = wireName;
    }

    /** StackOne's {@code event} value, e.g. {@code account.created}; {@code null} for {@link #UNKNOWN}. */
    public String wireName() {
        return wireName;
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** The kind of a wire {@code event} value, compared without regard to case; anything else is {@link #UNKNOWN}. */
    public static AccountEventKind fromWire(String value) {
        for (AccountEventKind kind : values()) {
            if (kind.wireName != null && kind.wireName.equalsIgnoreCase(value)) {
                return kind;
            }
        }
        return UNKNOWN;
    }
}
