package dev.connect.domain.model.authlink;

import dev.connect.domain.model.owner.OwnerId;
import java.util.Objects;
import java.util.Optional;

/** Which links a listing holds: of one owner, in one state (as of the listing's time), or all. */
public record AuthLinkFilter(Optional<OwnerId> owner, Optional<AuthLinkState> state) {

    public AuthLinkFilter {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(state, "state");
    }
}
