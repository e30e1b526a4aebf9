package dev.connect.domain.model.session;

import dev.connect.domain.model.Checks;

/** A caller-chosen label for the account that results from a session. Non-blank, at most 255 characters. */
public record Label(String value) {

    public static final int MAX_LENGTH = 255;

    public Label {
        Checks.boundedText("label", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
