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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
 * Several events recorded in one transaction, with a fixed number of statements whatever their count:
 *
 * <ol>
 *   <li>one {@code SELECT} finds which of their keys are already recorded (those are duplicates);</li>
 *   <li>one {@code SELECT … FOR UPDATE} reads and locks the registry rows of all their accounts, in id order (so
 *       that concurrent writers, e.g. a second instance, lock in the same order and cannot deadlock), and one the
 *       pending auth links of their owners, in (owner, id) order;</li>
 *   <li>in memory, in arrival order, each event's {@link dev.connect.domain.model.event.RegistryTransition} decides
 *       from the entry as the events before it in the batch left it, and its {@link AuthLinkTransition} which link it
 *       completes — the domain's rules, not SQL, decide;</li>
 *   <li>one batched {@code INSERT} writes the inbox rows, then one batched {@code INSERT} the new accounts and one
 *       batched {@code UPDATE} the changed ones (an account written once per batch, in its final state), then one
 *       batched {@code UPDATE} the completed links.</li>
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

    private InboxBatch() {
    }

    static List<Decision> write(Dialect dialect, Connection connection, List<PendingRecording> batch)
            throws SQLException, Sql.RetryTransaction {
        Set<String> recorded = recordedKeys(dialect, connection, batch);
        Set<AccountId> accounts = new LinkedHashSet<>();
        batch.forEach(pending -> accounts.add(pending.event().accountId()));
        Map<AccountId, LinkedAccountRecord> stored = JdbcLinkedAccountStore.lock(dialect, connection, accounts);
        Set<OwnerId> owners = new HashSet<>();
        for (PendingRecording pending : batch) {
            pending.links().owner(Optional.ofNullable(stored.get(pending.event().accountId()))).ifPresent(owners::add);
        }
        Map<AuthLinkId, AuthLink> links = new HashMap<>();
        JdbcAuthLinkStore.lockPending(dialect, connection, owners).forEach(link -> links.put(link.id(), link));
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
                    JdbcAuthLinkStore.lockPending(dialect, connection, List.of(owner.get()))
                            .forEach(link -> links.putIfAbsent(link.id(), link));
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

        insertInboxRows(dialect, connection, rows);
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
        try {
            JdbcLinkedAccountStore.insert(dialect, connection, created);
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new Sql.RetryTransaction(e); // a concurrent first event of the same account won
            }
            throw e;
        }
        JdbcLinkedAccountStore.update(dialect, connection, changed);
        JdbcAuthLinkStore.write(dialect, connection, List.copyOf(completedLinks.values()));
        return decisions;
    }

    private static Set<String> recordedKeys(Dialect dialect, Connection connection, List<PendingRecording> batch)
            throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        batch.forEach(pending -> keys.add(pending.key().value()));
        Set<String> recorded = new HashSet<>();
        try (PreparedStatement select = Sql.prepareKeyLookup(connection,
                "SELECT dedup_key FROM webhook_inbox WHERE " + dialect.isOneOf("dedup_key", keys.size()))) {
            dialect.bindKeys(connection, select, 1, keys);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    recorded.add(rows.getString(1));
                }
            }
        }
        return recorded;
    }

    private static void insertInboxRows(Dialect dialect, Connection connection, List<InboxEntry> entries)
            throws SQLException, Sql.RetryTransaction {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_inbox (dedup_key, event_type, "
                + "account_id, provider, project_id, event_date, sent_at, received_at, outcome) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (InboxEntry entry : entries) {
                insert.setString(1, entry.key().value());
                insert.setString(2, entry.name().value());
                insert.setString(3, entry.accountId().value());
                insert.setString(4, entry.provider().value());
                insert.setString(5, entry.projectId().value());
                dialect.setInstant(insert, 6, entry.eventDate());
                dialect.setInstant(insert, 7, entry.sentAt());
                dialect.setInstant(insert, 8, entry.receivedAt());
                insert.setString(9, StoredValues.outcome(entry.outcome()));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new Sql.RetryTransaction(e); // a concurrent delivery of one of these events committed first
            }
            throw e;
        }
    }
}
