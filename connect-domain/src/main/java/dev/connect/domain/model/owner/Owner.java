package dev.connect.domain.model.owner;

import java.util.Objects;

/** The host application's customer on whose behalf accounts are linked. */
public record Owner(OwnerId id, OwnerName name) {

    public Owner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
