package dev.connect.domain.model.account;

import dev.connect.domain.model.error.InvalidRequestException;

/** How many accounts one page of a listing holds: 1 to {@value #MAX}, {@value #DEFAULT_VALUE} unless asked. */
public record PageSize(int value) {

    public static final int DEFAULT_VALUE = 50;
    public static final int MAX = 200;
    public static final PageSize DEFAULT = new PageSize(DEFAULT_VALUE);

    public PageSize {
        if (value < 1 || value > MAX) {
            throw new InvalidRequestException("limit", "limit must be between 1 and " + MAX);
        }
    }
}
