package dev.connect.domain.model.owner;

import java.util.Objects;
import java.util.Optional;

/** The signed-in person who links an account, and the owner they act for. Derived only from a verified credential. */
public record EndUser(Owner owner, Optional<UserName> userName) {

    public EndUser {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(userName, "userName");
    }
}
