package dev.connect.domain.fakes;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.authlink.AuthLinkChange;
import dev.connect.domain.model.authlink.AuthLinkTransition;
import dev.connect.domain.model.error.StorageUnavailableException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.DeduplicationKey;
import dev.connect.domain.model.event.EventApplication;
import dev.connect.domain.model.event.InboxEntry;
import dev.connect.domain.model.event.LinkedAccountRecord;
import dev.connect.domain.model.event.RegistryTransition;
import dev.connect.domain.model.event.RejectedDelivery;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.account.AccountFilter;
import dev.connect.domain.model.account.PageCursor;
import dev.connect.domain.model.event.RegistryChange;
import dev.connect.domain.model.event.RegistryUpdate;
import dev.connect.domain.port.out.account.LinkedAccountQueryPort;
import dev.connect.domain.port.out.account.LinkedAccountStorePort;
import dev.connect.domain.port.out.event.WebhookInboxPort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inbox and the registry in memory, behind one lock: the reference behaviour the contract tests hold the real
 * stores to. {@link #failNextWrites(int)} simulates an unavailable database; {@link #calls()} tells whether the
 * intake touched the store at all.
 */
public final class InMemoryWebhookInbox implements WebhookInboxPort, LinkedAccountQueryPort, LinkedAccountStorePort {

    /** Newest first: by creation, then id, both descending. */
    private static final Comparator<LinkedAccount> NEWEST_FIRST = Comparator.comparing(LinkedAccount::createdAt)
            .thenComparing(account -> account.id().value()).reversed();

    private final Map<DeduplicationKey, InboxEntry> inbox = new LinkedHashMap<>();
    private final Map<AccountId, LinkedAccountRecord> registry = new HashMap<>();
    private final List<RejectedDelivery> rejected = new ArrayList<>();
    private final Optional<InMemoryAuthLinkStore> authLinks;
    private int failingWrites;
    private int calls;
    private boolean unavailable;

    /** An inbox that completes no auth links. */
    public InMemoryWebhookInbox() {
        this.authLinks = Optional.empty();
    }

    /** An inbox that completes the links of {@code authLinks} in the same (locked) step as it records an event. */
    public InMemoryWebhookInbox(InMemoryAuthLinkStore authLinks) {
        this.authLinks = Optional.of(authLinks);
    }

    /** The next {@code count} writes throw {@link StorageUnavailableException} having written nothing. */
    public synchronized void failNextWrites(int count) {
        failingWrites = count;
    }

    /** Every call throws {@link StorageUnavailableException} until {@link #setUnavailable(boolean) reset}. */
    public synchronized void setUnavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    public synchronized int inboxSize() {
        return inbox.size();
    }

    public synchronized Optional<LinkedAccountRecord> record(AccountId id) {
        return Optional.ofNullable(registry.get(id));
    }

    /** How many calls any port method of this store has had. */
    public synchronized int calls() {
        return calls;
    }

    @Override
    public synchronized boolean isRecorded(DeduplicationKey key) {
        requireAvailable();
        return inbox.containsKey(key);
    }

    @Override
    public synchronized Recording record(AccountEvent event, Instant receivedAt, RegistryTransition transition,
                                         AuthLinkTransition links) {
        requireAvailable();
        if (inbox.containsKey(event.deduplicationKey())) {
            return new Recording.Duplicate();
        }
        Optional<LinkedAccountRecord> current = Optional.ofNullable(registry.get(event.accountId()));
        EventApplication application = transition.apply(current);
        failIfAsked();
        List<AuthLinkChange> completed = authLinks.map(store -> links.owner(current)
                .map(owner -> store.complete(owner, candidates -> links.apply(owner, candidates)))
                .orElse(List.of())).orElse(List.of());
        inbox.put(event.deduplicationKey(), InboxEntry.of(event, receivedAt, application.outcome()));
        if (application.changesRegistry()) {
            registry.put(event.accountId(), application.after().orElseThrow());
        }
        return new Recording.Recorded(application, completed);
    }

    @Override
    public synchronized void recordRejected(RejectedDelivery delivery) {
        requireAvailable();
        failIfAsked();
        rejected.add(delivery);
    }

    @Override
    public synchronized Optional<InboxEntry> findRecorded(DeduplicationKey key) {
        requireAvailable();
        return Optional.ofNullable(inbox.get(key));
    }

    @Override
    public synchronized List<RejectedDelivery> findRejected(int limit) {
        requireAvailable();
        List<RejectedDelivery> newestFirst = new ArrayList<>(rejected);
        java.util.Collections.reverse(newestFirst);
        return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    }

    @Override
    public synchronized int purgeRecordedBefore(Instant cutoff) {
        requireAvailable();
        int before = inbox.size();
        inbox.values().removeIf(entry -> entry.sentAt().isBefore(cutoff) && entry.receivedAt().isBefore(cutoff));
        return before - inbox.size();
    }

    @Override
    public synchronized List<LinkedAccount> findByOwner(OwnerId owner) {
        requireAvailable();
        return registry.values().stream()
                .map(LinkedAccountRecord::account)
                .filter(account -> account.belongsTo(owner))
                .sorted(Comparator.comparing(LinkedAccount::createdAt).thenComparing(a -> a.id().value()))
                .toList();
    }

    @Override
    public synchronized List<LinkedAccount> findPage(AccountFilter filter, Optional<PageCursor> after, int limit) {
        requireAvailable();
        return registry.values().stream()
                .map(LinkedAccountRecord::account)
                .filter(filter::matches)
                .filter(account -> after.map(cursor -> isAfter(account, cursor)).orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    private static boolean isAfter(LinkedAccount account, PageCursor cursor) {
        int byDate = account.createdAt().compareTo(cursor.createdAt());
        return byDate < 0 || (byDate == 0 && account.id().value().compareTo(cursor.after().value()) < 0);
    }

    @Override
    public synchronized List<AccountId> findLinkedIds(Optional<AccountId> after, int limit) {
        requireAvailable();
        return registry.values().stream()
                .map(LinkedAccountRecord::account)
                .filter(LinkedAccount::isLinked)
                .map(LinkedAccount::id)
                .filter(id -> after.map(last -> id.value().compareTo(last.value()) > 0).orElse(true))
                .sorted(Comparator.comparing(AccountId::value))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized RegistryUpdate change(AccountId id, RegistryChange change) {
        requireAvailable();
        Optional<LinkedAccountRecord> before = Optional.ofNullable(registry.get(id));
        RegistryUpdate update = new RegistryUpdate(before, change.apply(before));
        if (update.changed()) {
            failIfAsked();
            registry.put(id, update.after().orElseThrow());
        }
        return update;
    }

    @Override
    public synchronized Optional<LinkedAccount> findById(AccountId id) {
        requireAvailable();
        return Optional.ofNullable(registry.get(id)).map(LinkedAccountRecord::account);
    }

    private void requireAvailable() {
        calls++;
        if (unavailable) {
            throw new StorageUnavailableException("the in-memory store is switched off", null);
        }
    }

    private void failIfAsked() {
        if (failingWrites > 0) {
            failingWrites--;
            throw new StorageUnavailableException("simulated storage failure", null);
        }
    }
}
