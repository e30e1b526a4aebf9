package dev.connect.domain.model.account;

/**
 * A linked account's status at its provider. A status the provider adds later reads as {@link #UNKNOWN}, never as a
 * failure; each provider adapter maps its own spellings.
 */
public enum AccountStatus {
    ACTIVE, INACTIVE, SUSPENDED, ARCHIVED, EXPIRED, ERROR, UNKNOWN
}
