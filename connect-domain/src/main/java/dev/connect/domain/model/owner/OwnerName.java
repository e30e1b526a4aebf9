package dev.connect.domain.model.owner;

import dev.connect.domain.model.Checks;

/** The tenant's display name, stored by StackOne on the linked account. Non-blank, at most 255 characters. */
public record OwnerName(String value) {

    public static final int MAX_LENGTH = 255;

    public OwnerName {
        Checks.boundedText("ownerName", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
