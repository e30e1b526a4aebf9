package dev.connect.domain.model.event;

import java.util.Optional;

/**
 * The domain's decision about one event, given its account's current registry entry (empty when the account is
 * unknown). A store calls it inside its transaction, after locking the entry; it is pure and may be called again
 * when the store retries the transaction.
 */
@FunctionalInterface
public interface RegistryTransition {

    EventApplication apply(Optional<LinkedAccountRecord> current);
}
