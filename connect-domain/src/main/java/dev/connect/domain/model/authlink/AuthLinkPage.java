package dev.connect.domain.model.authlink;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of links, newest first, and where the next starts (empty on the last page). */
public record AuthLinkPage(List<AuthLink> links, Optional<AuthLinkCursor> next) {

    public AuthLinkPage {
        links = List.copyOf(Objects.requireNonNull(links, "links"));
        Objects.requireNonNull(next, "next");
    }
}
