package dev.connect.domain.model;

/**
 * The {@code event} value of an account webhook exactly as sent (non-blank, at most 100 characters), so that an
 * unknown value is kept as it came; {@link #kind()} says what it means.
 */
public record AccountEventType(String value) {

    public static final int MAX_LENGTH = 100;
    public static final AccountEventType CREATED = new AccountEventType("account.created");
    public static final AccountEventType UPDATED = new AccountEventType("account.updated");
    public static final AccountEventType DELETED = new AccountEventType("account.deleted");

    public AccountEventType {
        Checks.boundedText("event", value, MAX_LENGTH);
    }

    public AccountEventKind kind() {
        return AccountEventKind.fromWire(value);
    }

    /** The canonical spelling: StackOne's name for a known kind, the raw value otherwise. */
    public String canonical() {
        AccountEventKind kind = kind();
        return kind.isKnown() ? kind.wireName() : value;
    }

    @Override
    public String toString() {
        return value;
    }
}
