package dev.connect.domain.service.account;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.DirectoryPage;
import dev.connect.domain.model.account.DirectoryQuery;
import dev.connect.domain.model.account.ReconciliationReport;
import dev.connect.domain.model.error.ConflictException;
import dev.connect.domain.model.event.ObservedAccountRules;
import dev.connect.domain.model.event.RegistryUpdate;
import dev.connect.domain.port.in.account.ReconcileLinkedAccountsUseCase;
import dev.connect.domain.port.out.account.LinkedAccountDirectoryPort;
import dev.connect.domain.port.out.account.LinkedAccountQueryPort;
import dev.connect.domain.port.out.account.LinkedAccountStorePort;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reconciles the registry with StackOne in two passes.
 *
 * <ol>
 *   <li><b>StackOne to registry</b>: every page of StackOne's listing; each account is added when the registry lacks
 *       it, or its status refreshed ({@link ObservedAccountRules#listed}).</li>
 *   <li><b>Registry to StackOne</b>: every linked account of the registry that the listing did not show is looked up
 *       by id, and marked deleted only when StackOne answers that it does not know it
 *       ({@link ObservedAccountRules#missing}). Offset pages shift when accounts are deleted during the listing, so an
 *       account absent from the listing is not yet proof of anything; the lookup is. An account it finds is treated
 *       as listed.</li>
 * </ol>
 *
 * Each repair is its own transaction under the entry's lock, decided by the same event orders as the webhooks, so a
 * run can stop anywhere without leaving anything half-done. A run that fails is resumed by the next call in this
 * process (same start, same counts, the accounts already seen skipped); after a restart the next run starts afresh,
 * which is as safe, because a repair already made is no change the second time. The directory handed in is expected
 * to be the rate-limited one: this service calls it once per page and once per account it must confirm.
 */
public final class ReconcileLinkedAccountsService implements ReconcileLinkedAccountsUseCase {

    /** How many registry ids the second pass reads at a time. */
    static final int REGISTRY_BATCH = 100;

    private final LinkedAccountDirectoryPort directory;
    private final LinkedAccountQueryPort registry;
    private final LinkedAccountStorePort store;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();
    private Progress interrupted; // guarded by running
    private volatile Instant runningSince;

    public ReconcileLinkedAccountsService(LinkedAccountDirectoryPort directory, LinkedAccountQueryPort registry,
                                          LinkedAccountStorePort store, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ReconciliationReport reconcile() {
        if (!running.tryLock()) {
            throw new ConflictException("a reconciliation is already running (started " + runningSince
                    + "); try again when it has finished");
        }
        try {
            boolean resumed = interrupted != null;
            Progress progress = resumed ? interrupted : new Progress(clock.instant());
            interrupted = null;
            runningSince = progress.startedAt;
            try {
                listStackOne(progress);
                sweepRegistry(progress);
            } catch (RuntimeException failure) {
                interrupted = progress;
                throw failure;
            }
            return progress.report(clock.instant(), resumed);
        } finally {
            running.unlock();
        }
    }

    private void listStackOne(Progress progress) {
        while (!progress.listingDone) {
            DirectoryPage page = directory.list(DirectoryQuery.all(progress.nextPage));
            for (DirectoryAccount listed : page.accounts()) {
                if (!progress.seen.contains(listed.id())) { // a shifted page can show an account twice
                    progress.count(store.change(listed.id(),
                            ObservedAccountRules.listed(listed, clock.instant(), progress.startedAt)));
                    progress.seen.add(listed.id());
                }
            }
            progress.listingDone = page.last();
            progress.nextPage++;
        }
    }

    private void sweepRegistry(Progress progress) {
        for (List<AccountId> ids = registry.findLinkedIds(progress.sweptUpTo, REGISTRY_BATCH); !ids.isEmpty();
             ids = registry.findLinkedIds(progress.sweptUpTo, REGISTRY_BATCH)) {
            for (AccountId id : ids) {
                if (!progress.seen.contains(id)) {
                    Optional<DirectoryAccount> found = directory.find(id);
                    if (found.isPresent()) {
                        progress.count(store.change(id,
                                ObservedAccountRules.listed(found.get(), clock.instant(), progress.startedAt)));
                    } else {
                        progress.countDeletion(store.change(id,
                                ObservedAccountRules.missing(clock.instant(), progress.startedAt)));
                    }
                    progress.seen.add(id);
                }
                progress.sweptUpTo = Optional.of(id);
            }
        }
    }

    /** How far a run got: enough to resume it, and its counts so far. */
    private static final class Progress {

        final Instant startedAt;
        final Set<AccountId> seen = new HashSet<>();
        int nextPage = 1;
        boolean listingDone;
        Optional<AccountId> sweptUpTo = Optional.empty();
        int added;
        int updated;
        int deleted;
        int unchanged;

        Progress(Instant startedAt) {
            this.startedAt = startedAt;
        }

        void count(RegistryUpdate update) {
            if (update.created()) {
                added++;
            } else if (update.changed()) {
                updated++;
            } else {
                unchanged++;
            }
        }

        void countDeletion(RegistryUpdate update) {
            if (update.changed()) {
                deleted++;
            } else {
                unchanged++;
            }
        }

        ReconciliationReport report(Instant finishedAt, boolean resumed) {
            return new ReconciliationReport(added, updated, deleted, unchanged, startedAt, finishedAt, resumed);
        }
    }
}
