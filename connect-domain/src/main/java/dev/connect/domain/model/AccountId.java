package dev.connect.domain.model;

/** StackOne's id of a linked account. Non-blank, at most 255 characters. */
public record AccountId(String value) {

    public static final int MAX_LENGTH = 255;

    public AccountId {
        Checks.boundedText("accountId", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
