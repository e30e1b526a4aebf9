package dev.connect.domain.model.authlink;

import dev.connect.domain.model.error.InvalidRequestException;
import java.util.regex.Pattern;

/**
 * A recipient's address: one plain {@code local@domain} mailbox (RFC 5321's dot-atom local part, a host name with at
 * least one dot), at most 254 characters. No display name, no quoting, no comments, no spaces, commas, angle brackets
 * or line breaks, so that it can only ever name one recipient and never break a mail header.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public EmailAddress {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()
                || value.indexOf('@') > 64) {
            throw new InvalidRequestException("recipientEmail",
                    "recipientEmail must be one e-mail address like name@example.com");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
