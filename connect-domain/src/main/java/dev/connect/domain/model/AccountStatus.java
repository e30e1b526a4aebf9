package dev.connect.domain.model;

/** A linked account's status at StackOne. Values StackOne adds later read as {@link #UNKNOWN}, never as a failure. */
public enum AccountStatus {
    ACTIVE, INACTIVE, SUSPENDED, ARCHIVED, EXPIRED, ERROR, UNKNOWN;

    public static AccountStatus fromWire(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (AccountStatus status : values()) {
            if (status != UNKNOWN && status.name().equalsIgnoreCase(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
