package dev.connect.domain.model.event;

import java.util.Optional;

/**
 * The domain's decision about a change connect makes to one registry entry itself (a health check, a disconnect, a
 * reconciliation), given the entry as it is now (empty when the registry does not know the account). A store calls
 * it inside its transaction, after locking the entry, exactly as it calls a {@link RegistryTransition} for an event,
 * so such a change and the account's webhooks are ordered by the same lock and the same {@link EventOrder}s. Pure:
 * the store may call it again when it retries.
 *
 * @return the entry afterwards: {@code current} itself when nothing changes, empty only when there was none and none
 *         is created
 */
@FunctionalInterface
public interface RegistryChange {

    Optional<LinkedAccountRecord> apply(Optional<LinkedAccountRecord> current);
}
