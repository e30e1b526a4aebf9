package dev.connect.domain.model.authlink;

import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.AccountEventKind;
import dev.connect.domain.model.event.LinkedAccountRecord;
import dev.connect.domain.model.owner.OwnerId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which pending link an account event completes. A link is completed by its owner's {@code CREATED} event (of its
 * provider, when it names one) or, for a re-authentication link, by the {@code UPDATED} event of its account; the
 * event must have happened while the link was valid ({@code createdAt <= eventDate < expiresAt}) and arrive before the
 * link is due. When several links of the owner could be completed, those naming the event's provider go before those
 * naming none, and among them the oldest (by creation, then id): the one the recipient most likely opened. An event
 * completes at most one link. Pure: a store calls it inside the event's transaction, possibly more than once.
 */
public final class AuthLinkRules {

    private static final Comparator<AuthLink> OLDEST_FIRST = Comparator.comparing(AuthLink::createdAt)
            .thenComparing(link -> link.id().value());

    private AuthLinkRules() {
    }

    /**
     * Whose links an event may complete: the owner it names, or else (an {@code UPDATED} event may name none) the owner
     * the registry has for its account before the event.
     */
    public static Optional<OwnerId> ownerOf(AccountEvent event, Optional<LinkedAccountRecord> current) {
        if (event.kind() != AccountEventKind.CREATED && event.kind() != AccountEventKind.UPDATED) {
            return Optional.empty();
        }
        return event.ownerId().or(() -> current.map(LinkedAccountRecord::account).flatMap(LinkedAccount::ownerId));
    }

    /**
     * The link {@code event} completes, already {@link AuthLinkState#LINKED}, among {@code links} (the owner's links
     * as they stand; any that are not pending are passed over).
     *
     * @param owner      the event's owner ({@link #ownerOf})
     * @param receivedAt when the event arrived: a link due by then is not completed, whatever the event's date
     */
    public static Optional<AuthLink> completedBy(AccountEvent event, OwnerId owner, Collection<AuthLink> links,
                                                 Instant receivedAt) {
        List<AuthLink> candidates = links.stream()
                .filter(link -> link.owner().id().equals(owner))
                .filter(link -> link.isPendingAt(receivedAt))
                .filter(link -> !event.eventDate().isBefore(link.createdAt())
                        && event.eventDate().isBefore(link.expiresAt()))
                .filter(link -> completes(event, link))
                .toList();
        List<AuthLink> naming = candidates.stream().filter(link -> link.provider().isPresent()).toList();
        return (naming.isEmpty() ? candidates : naming).stream()
                .min(OLDEST_FIRST)
                .map(link -> link.linked(event.accountId(), event.eventDate()));
    }

    private static boolean completes(AccountEvent event, AuthLink link) {
        if (link.provider().isPresent() && !link.provider().get().equals(event.provider())) {
            return false;
        }
        return switch (event.kind()) {
            case CREATED -> link.accountId().isEmpty();
            case UPDATED -> link.accountId().map(event.accountId()::equals).orElse(false);
            default -> false;
        };
    }

    /** The rule for one event, as a store applies it inside the event's transaction. */
    public static AuthLinkTransition transitionFor(AccountEvent event, Instant receivedAt) {
        return new AuthLinkTransition() {
            @Override
            public Optional<OwnerId> owner(Optional<LinkedAccountRecord> current) {
                return ownerOf(event, current);
            }

            @Override
            public Optional<AuthLink> apply(OwnerId owner, Collection<AuthLink> links) {
                return completedBy(event, owner, links, receivedAt);
            }
        };
    }
}
