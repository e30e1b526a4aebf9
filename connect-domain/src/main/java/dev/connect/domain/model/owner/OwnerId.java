package dev.connect.domain.model.owner;

import dev.connect.domain.model.Checks;

/** The host application's customer (tenant) id, as StackOne's origin_owner_id. Non-blank, at most 255 characters. */
public record OwnerId(String value) {

    public static final int MAX_LENGTH = 255;

    public OwnerId {
        Checks.boundedText("ownerId", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
