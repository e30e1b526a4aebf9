package dev.connect.domain.model.authlink;

import dev.connect.domain.model.event.LinkedAccountRecord;
import dev.connect.domain.model.owner.OwnerId;
import java.util.Collection;
import java.util.Optional;

/**
 * The auth-link part of recording one account event, in the steps a store takes inside the event's transaction: ask
 * {@link #owner} whose links to read and lock (given the account's registry entry before the event), then
 * {@link #apply} to the owner's pending links as they stand (after earlier events of the same transaction), and write
 * the link it returns. Pure; may be called again when the store retries.
 */
public interface AuthLinkTransition {

    /** For a store that keeps no auth links, or an event that completes none. */
    AuthLinkTransition NONE = new AuthLinkTransition() {
        @Override
        public Optional<OwnerId> owner(Optional<LinkedAccountRecord> current) {
            return Optional.empty();
        }

        @Override
        public Optional<AuthLink> apply(OwnerId owner, Collection<AuthLink> links) {
            return Optional.empty();
        }
    };

    /** Whose pending links the event may complete; empty: none, and nothing needs to be read. */
    Optional<OwnerId> owner(Optional<LinkedAccountRecord> current);

    /** The link the event completes, already linked; empty: none. */
    Optional<AuthLink> apply(OwnerId owner, Collection<AuthLink> links);
}
