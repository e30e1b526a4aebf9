package dev.connect.domain.model.owner;

import dev.connect.domain.model.Checks;

/** The end user who links the account, typically an e-mail address. Non-blank, at most 255 characters. */
public record UserName(String value) {

    public static final int MAX_LENGTH = 255;

    public UserName {
        Checks.boundedText("userName", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
