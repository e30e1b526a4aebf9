package dev.connect.domain.model.authlink;

import java.util.Objects;

/** A link that changed state, and the state it left: what the after-commit listeners are told. */
public record AuthLinkChange(AuthLinkState from, AuthLink link) {

    public AuthLinkChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(link, "link");
        if (from == link.state()) {
            throw new IllegalArgumentException("a change changes the state");
        }
    }
}
