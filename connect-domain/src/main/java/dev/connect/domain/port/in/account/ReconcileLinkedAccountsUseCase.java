package dev.connect.domain.port.in.account;

import dev.connect.domain.model.account.ReconciliationReport;

/**
 * Makes the registry true to StackOne again, repairing what lost webhooks left behind: adds the accounts StackOne has
 * and the registry missed, marks deleted the linked accounts StackOne no longer knows, refreshes statuses. A second
 * run right after the first changes nothing. One run at a time: a call while a run is under way fails with
 * {@link dev.connect.domain.model.error.ConflictException}. A run that fails part-way (StackOne unavailable) keeps what
 * it repaired, deletes nothing it has not confirmed, and the next call resumes it.
 */
public interface ReconcileLinkedAccountsUseCase {

    ReconciliationReport reconcile();
}
