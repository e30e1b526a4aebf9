package dev.connect.domain.model.account;

import dev.connect.domain.model.Checks;
import dev.connect.domain.model.error.InvalidRequestException;
import java.util.regex.Pattern;

/**
 * A provider's id of a linked account. At most 255 of the characters a URL carries unescaped (RFC 3986's unreserved
 * set: letters, digits, {@code -}, {@code .}, {@code _}, {@code ~}), not starting with a dot and never containing
 * {@code ..}: an id goes into URL paths and log lines, so it can carry no {@code /}, no traversal and no control
 * character.
 */
public record AccountId(String value) {

    public static final int MAX_LENGTH = 255;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9._~-]*");

    public AccountId {
        Checks.boundedText("accountId", value, MAX_LENGTH);
        if (!SHAPE.matcher(value).matches() || value.contains("..")) {
            throw new InvalidRequestException("accountId", "accountId must be letters, digits, '-', '.', '_' or '~', "
                    + "not starting with '.' and without '..'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
