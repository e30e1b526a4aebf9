package dev.connect.domain.model.event;

import dev.connect.domain.model.Checks;

/** The provider's project or environment an account lives in. Non-blank, at most 255 characters. */
public record ProjectId(String value) {

    public static final int MAX_LENGTH = 255;

    public ProjectId {
        Checks.boundedText("projectId", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
