package dev.connect.adapters.jdbc;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkChange;
import dev.connect.domain.model.authlink.AuthLinkId;
import dev.connect.domain.model.authlink.AuthLinkState;
import dev.connect.domain.model.authlink.AuthLinkTransition;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.EventApplication;
import dev.connect.domain.model.event.InboxEntry;
import dev.connect.domain.model.event.LinkedAccountRecord;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.port.out.event.WebhookInboxPort.Recording;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Several events recorded in one transaction, in two trips to the database whatever their count (each a
 * {@link Pipeline}: one round trip on PostgreSQL, whose writes' trip carries the {@code COMMIT} too unless an
 * account's update count must be checked first; see {@link Pipeline#runAndCommit}):
 *
 * <ol>
 *   <li>reads: one {@code SELECT} finds which of their keys are already recorded (those are duplicates); one
 *       {@code SELECT … FOR UPDATE} reads and locks the registry rows of all their accounts, in id order (so that
 *       concurrent writers, e.g. a second instance, lock in the same order and cannot deadlock); and one the pending
 *       auth links of the owners the events name, in (owner, id) order. Only an update that names no owner, whose
 *       owner is the registry's, costs one more read for that owner's links;</li>
 *   <li>in memory, in arrival order, each event's {@link dev.connect.domain.model.event.RegistryTransition} decides
 *       from the entry as the events before it in the batch left it, and its {@link AuthLinkTransition} which link it
 *       completes — the domain's rules, not SQL, decide;</li>
 *   <li>writes: one multi-row {@code INSERT} of the inbox rows, one of the new accounts, an {@code UPDATE} of each
 *       changed account (written once per batch, in its final state) and of each completed link.</li>
 * </ol>
 *
 * A unique violation means a concurrent transaction recorded one of the keys or created one of the accounts first:
 * the transaction is run again, and then sees it. A transition that throws fails its own event only; its rows are
 * never written. An event whose owner is known only from an account an earlier event of the batch created (an update
 * without an owner) has that owner's links locked when it comes to it.
 */
final class InboxBatch {

    /** What became of one event of the batch: recorded (or a duplicate), or the failure of its transition. */
    record Decision(PendingRecording pending, Recording recording, RuntimeException failure) {
    }

    private static final String INBOX_COLUMNS = "dedup_key, event_type, account_id, provider, project_id, event_date, "
            + "sent_at, received_at, outcome";

    private InboxBatch() {
    }

    static List<Decision> write(Dialect dialect, Connection connection, List<PendingRecording> batch)
            throws SQLException, Sql.RetryTransaction {
        Set<String> recorded = new HashSet<>();
        Set<AccountId> accounts = new LinkedHashSet<>();
        batch.forEach(pending -> accounts.add(pending.event().accountId()));
        Map<AccountId, LinkedAccountRecord> stored = new HashMap<>();
        Set<OwnerId> owners = new HashSet<>();
        for (PendingRecording pending : batch) {
            // asked as if the account were new: the owner the event itself names, readable before the registry
            pending.links().owner(Optional.empty()).ifPresent(owners::add);
        }
        Map<AuthLinkId, AuthLink> links = new HashMap<>();
        Pipeline reads = new Pipeline(dialect);
        recordedKeys(reads, batch, recorded);
        JdbcLinkedAccountStore.lock(reads, accounts, stored);
        JdbcAuthLinkStore.lockPending(reads, owners, link -> links.put(link.id(), link));
        reads.run(connection);
        Set<OwnerId> ownersOfStored = new HashSet<>();
        for (PendingRecording pending : batch) {
            pending.links().owner(Optional.ofNullable(stored.get(pending.event().accountId())))
                    .filter(owner -> !owners.contains(owner)).ifPresent(ownersOfStored::add);
        }
        lockPendingNow(dialect, connection, ownersOfStored, links); // an update that names no owner: the registry's
        owners.addAll(ownersOfStored);
        Map<AuthLinkId, AuthLink> completedLinks = new TreeMap<>(Comparator.comparing(AuthLinkId::value));

        Map<AccountId, LinkedAccountRecord> current = new HashMap<>(stored);
        Set<String> keys = new HashSet<>();
        List<InboxEntry> rows = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        for (PendingRecording pending : batch) {
            AccountEvent event = pending.event();
            String key = pending.key().value();
            if (recorded.contains(key) || keys.contains(key)) {
                decisions.add(new Decision(pending, new Recording.Duplicate(), null));
                continue;
            }
            Optional<LinkedAccountRecord> before = Optional.ofNullable(current.get(event.accountId()));
            EventApplication application;
            Optional<AuthLink> completed;
            try {
                application = pending.transition().apply(before);
                Optional<OwnerId> owner = pending.links().owner(before);
                if (owner.isPresent() && owners.add(owner.get())) {
                    lockPendingNow(dialect, connection, List.of(owner.get()), links);
                }
                completed = owner.flatMap(id -> pending.links().apply(id, links.values()));
            } catch (RuntimeException refused) {
                decisions.add(new Decision(pending, null, refused));
                continue;
            }
            completed.ifPresent(link -> {
                links.put(link.id(), link);
                completedLinks.put(link.id(), link);
            });
            keys.add(key);
            rows.add(new InboxEntry(pending.key(), event.name(), event.accountId(), event.provider(),
                    event.projectId(), event.eventDate(), event.sentAt(), pending.receivedAt(), application.outcome()));
            if (application.changesRegistry()) {
                current.put(event.accountId(), application.after().orElseThrow());
            }
            decisions.add(new Decision(pending, new Recording.Recorded(application,
                    completed.map(link -> new AuthLinkChange(AuthLinkState.PENDING, link)).stream().toList()), null));
        }

        List<LinkedAccountRecord> created = new ArrayList<>();
        List<LinkedAccountRecord> changed = new ArrayList<>();
        Map<AccountId, LinkedAccountRecord> byId = new TreeMap<>(Comparator.comparing(AccountId::value));
        byId.putAll(current);
        for (Map.Entry<AccountId, LinkedAccountRecord> entry : byId.entrySet()) {
            LinkedAccountRecord before = stored.get(entry.getKey());
            if (before == null) {
                created.add(entry.getValue());
            } else if (!before.equals(entry.getValue())) {
                changed.add(entry.getValue());
            }
        }
        Pipeline writes = new Pipeline(dialect);
        insertInboxRows(writes, rows);
        JdbcLinkedAccountStore.insert(writes, created);
        JdbcLinkedAccountStore.update(writes, changed);
        JdbcAuthLinkStore.write(writes, List.copyOf(completedLinks.values()));
        try {
            writes.runAndCommit(connection);
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
                // a concurrent delivery of one of these events, or a first event of one of these accounts, won
                throw new Sql.RetryTransaction(e);
            }
            throw e;
        }
        return decisions;
    }

    private static void lockPendingNow(Dialect dialect, Connection connection, Collection<OwnerId> owners,
                                       Map<AuthLinkId, AuthLink> links) throws SQLException {
        Pipeline read = new Pipeline(dialect);
        JdbcAuthLinkStore.lockPending(read, owners, link -> links.putIfAbsent(link.id(), link));
        read.run(connection);
    }

    private static void recordedKeys(Pipeline pipeline, List<PendingRecording> batch, Set<String> recorded) {
        Set<String> keys = new LinkedHashSet<>();
        batch.forEach(pending -> keys.add(pending.key().value()));
        Dialect dialect = pipeline.dialect();
        pipeline.query("SELECT dedup_key FROM webhook_inbox WHERE " + dialect.isOneOf("dedup_key", keys.size()),
                (select, first) -> dialect.bindKeys(select.getConnection(), select, first, keys),
                found -> {
                    while (found.next()) {
                        recorded.add(found.getString(1));
                    }
                });
    }

    private static void insertInboxRows(Pipeline pipeline, List<InboxEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Dialect dialect = pipeline.dialect();
        pipeline.change("INSERT INTO webhook_inbox (" + INBOX_COLUMNS + ") VALUES "
                + Pipeline.valueRows(entries.size(), INBOX_COLUMNS.split(",").length),
                (insert, first) -> {
                    int i = first;
                    for (InboxEntry entry : entries) {
                        insert.setString(i++, entry.key().value());
                        insert.setString(i++, entry.name().value());
                        insert.setString(i++, entry.accountId().value());
                        insert.setString(i++, entry.provider().value());
                        insert.setString(i++, entry.projectId().value());
                        dialect.setInstant(insert, i++, entry.eventDate());
                        dialect.setInstant(insert, i++, entry.sentAt());
                        dialect.setInstant(insert, i++, entry.receivedAt());
                        insert.setString(i++, StoredValues.outcome(entry.outcome()));
                    }
                    return i;
                });
    }
}
