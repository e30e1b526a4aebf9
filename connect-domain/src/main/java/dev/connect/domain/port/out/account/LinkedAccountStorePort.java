package dev.connect.domain.port.out.account;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.event.RegistryChange;
import dev.connect.domain.model.event.RegistryUpdate;

/**
 * Writes to the registry that do not come from a webhook: a health check's findings, a disconnect, a reconciliation.
 * They keep the webhooks' ordering guarantees because the store applies them exactly as it applies an event: it locks
 * the account's entry (or, for an unknown account, makes sure no concurrent transaction creates it unseen), passes it
 * to the domain's {@link RegistryChange}, and writes the result, in one transaction. Completes, or throws
 * {@link dev.connect.domain.model.error.StorageUnavailableException} having written nothing.
 */
public interface LinkedAccountStorePort {

    RegistryUpdate change(AccountId id, RegistryChange change);
}
