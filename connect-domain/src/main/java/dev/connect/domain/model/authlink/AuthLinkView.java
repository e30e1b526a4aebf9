package dev.connect.domain.model.authlink;

import java.net.URI;
import java.util.Objects;

/** A link as the in-ports answer it: as of the time of asking, with the address the recipient opens. */
public record AuthLinkView(AuthLink link, URI url) {

    public AuthLinkView {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(url, "url");
    }

    @Override
    public String toString() {
        return "AuthLinkView[" + link.id() + ", " + link.state() + "]";
    }
}
