package dev.connect.adapters.web.authlink;

import dev.connect.domain.port.in.authlink.OpenAuthLinkUseCase;
import java.util.Objects;
import java.util.Optional;

/**
 * What the auth-link routes need: the operator's use cases, opening a link, and the outbox where there is one.
 * {@link #NONE} serves none of the routes, for an API assembled without auth links.
 */
public record AuthLinks(Optional<AuthLinksEndpoint.UseCases> useCases, Optional<OpenAuthLinkUseCase> open,
                        Optional<OutboxEndpoint.Outbox> outbox) {

    public static final AuthLinks NONE = new AuthLinks(Optional.empty(), Optional.empty(), Optional.empty());

    public AuthLinks {
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(outbox, "outbox");
        if (useCases.isPresent() != open.isPresent()) {
            throw new IllegalArgumentException("auth links are served with both the operator's routes and the page");
        }
    }

    /** Auth links served, with the outbox when mail stays in it. */
    public static AuthLinks of(AuthLinksEndpoint.UseCases useCases, OpenAuthLinkUseCase open,
                               Optional<OutboxEndpoint.Outbox> outbox) {
        return new AuthLinks(Optional.of(useCases), Optional.of(open), outbox);
    }
}
