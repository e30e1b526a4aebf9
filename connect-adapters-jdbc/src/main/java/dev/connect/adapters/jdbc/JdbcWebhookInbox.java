package dev.connect.adapters.jdbc;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkChange;
import dev.connect.domain.model.authlink.AuthLinkState;
import dev.connect.domain.model.authlink.AuthLinkTransition;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.DeduplicationKey;
import dev.connect.domain.model.event.EventApplication;
import dev.connect.domain.model.event.EventName;
import dev.connect.domain.model.event.InboxEntry;
import dev.connect.domain.model.event.LinkedAccountRecord;
import dev.connect.domain.model.event.ProjectId;
import dev.connect.domain.model.event.RegistryTransition;
import dev.connect.domain.model.event.RejectedDelivery;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.port.out.event.WebhookInboxPort;
import dev.connect.domain.port.out.event.WebhookRejectionCounterPort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The webhook inbox (tables {@code webhook_inbox}, {@code webhook_rejected}, {@code webhook_rejection_count}), which
 * records each event and applies it to {@code linked_account} in the same transaction.
 *
 * <p>{@link #record}: in one transaction, (1) a key already committed is a duplicate; (2) the account row is read
 * {@code FOR UPDATE}, which serialises events of one account, and so are the pending auth links of the event's owner
 * ({@link JdbcAuthLinkStore#lockPending}); (3) the domain's transitions decide; (4) the inbox row
 * is inserted, and a primary-key violation there (a concurrent delivery of the same event committed first) is a
 * duplicate; (5) the account row is inserted or updated, and a primary-key violation there (a concurrent first event
 * of the same new account) rolls back and retries, now finding the row; (6) the link the event completed is written.
 * Only then commit.
 */
public final class JdbcWebhookInbox implements WebhookInboxPort, WebhookRejectionCounterPort {

    private final Sql sql;

    JdbcWebhookInbox(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean isRecorded(DeduplicationKey key) {
        return sql.read("look up an inbox key", connection -> exists(connection, key));
    }

    @Override
    public Recording record(AccountEvent event, Instant receivedAt, RegistryTransition transition,
                            AuthLinkTransition links) {
        DeduplicationKey key = event.deduplicationKey();
        return sql.inTransaction("record an account event", connection -> {
            if (exists(connection, key)) {
                return new Recording.Duplicate();
            }
            Optional<LinkedAccountRecord> current = JdbcLinkedAccountStore.select(connection, event.accountId(), true);
            Optional<OwnerId> owner = links.owner(current);
            List<AuthLink> pending = JdbcAuthLinkStore.lockPending(connection, owner.stream().toList());
            EventApplication application = transition.apply(current);
            List<AuthLinkChange> completed = owner.flatMap(id -> links.apply(id, pending))
                    .map(linked -> new AuthLinkChange(AuthLinkState.PENDING, linked)).stream().toList();
            try {
                insertInboxRow(connection, InboxEntry.of(event, receivedAt, application.outcome()));
            } catch (SQLException e) {
                if (Sql.isUniqueViolation(e)) {
                    connection.rollback();
                    return new Recording.Duplicate();
                }
                throw e;
            }
            if (application.changesRegistry()) {
                LinkedAccountRecord after = application.after().orElseThrow();
                if (application.before().isEmpty()) {
                    try {
                        JdbcLinkedAccountStore.insert(connection, after);
                    } catch (SQLException e) {
                        if (Sql.isUniqueViolation(e)) {
                            throw new Sql.RetryTransaction(e);
                        }
                        throw e;
                    }
                } else {
                    JdbcLinkedAccountStore.update(connection, after);
                }
            }
            JdbcAuthLinkStore.write(connection, completed.stream().map(AuthLinkChange::link).toList());
            return new Recording.Recorded(application, completed);
        });
    }

    @Override
    public void recordRejected(RejectedDelivery delivery) {
        sql.inTransaction("keep a rejected delivery", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO webhook_rejected (received_at, reason, detail, body) VALUES (?, ?, ?, ?)")) {
                Sql.setInstant(insert, 1, delivery.receivedAt());
                insert.setString(2, delivery.reason().code());
                insert.setString(3, delivery.detail());
                insert.setBytes(4, delivery.body());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<InboxEntry> findRecorded(DeduplicationKey key) {
        return sql.read("read an inbox row", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT dedup_key, event_type, account_id, "
                    + "provider, project_id, event_date, sent_at, received_at, outcome FROM webhook_inbox WHERE dedup_key = ?")) {
                select.setString(1, key.value());
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new InboxEntry(
                            new DeduplicationKey(rows.getString("dedup_key")),
                            new EventName(rows.getString("event_type")),
                            new AccountId(rows.getString("account_id")),
                            new ProviderKey(rows.getString("provider")),
                            new ProjectId(rows.getString("project_id")),
                            Sql.getInstant(rows, "event_date"),
                            Sql.getInstant(rows, "sent_at"),
                            Sql.getInstant(rows, "received_at"),
                            StoredValues.outcome(rows.getString("outcome"))));
                }
            }
        });
    }

    @Override
    public List<RejectedDelivery> findRejected(int limit) {
        if (limit < 1) {
            return List.of();
        }
        return sql.read("read rejected deliveries", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT received_at, reason, detail, body "
                    + "FROM webhook_rejected ORDER BY received_at DESC, id DESC LIMIT ?")) {
                select.setInt(1, limit);
                try (ResultSet rows = select.executeQuery()) {
                    List<RejectedDelivery> rejected = new ArrayList<>();
                    while (rows.next()) {
                        rejected.add(new RejectedDelivery(Sql.getInstant(rows, "received_at"),
                                errorCode(rows.getString("reason")), rows.getString("detail"), rows.getBytes("body")));
                    }
                    return List.copyOf(rejected);
                }
            }
        });
    }

    @Override
    public int purgeRecordedBefore(Instant cutoff) {
        return sql.inTransaction("purge the inbox", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM webhook_inbox WHERE sent_at < ? AND received_at < ?")) {
                Sql.setInstant(delete, 1, cutoff);
                Sql.setInstant(delete, 2, cutoff);
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public void countRejection(ErrorCode reason, Instant at) {
        sql.inTransaction("count a rejected delivery", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_rejection_count "
                    + "SET rejected = rejected + 1, last_rejected_at = ? WHERE reason = ?")) {
                Sql.setInstant(update, 1, at);
                update.setString(2, reason.code());
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO webhook_rejection_count (reason, rejected, last_rejected_at) VALUES (?, 1, ?)")) {
                insert.setString(1, reason.code());
                Sql.setInstant(insert, 2, at);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (Sql.isUniqueViolation(e)) {
                    throw new Sql.RetryTransaction(e); // a concurrent first count: update that row instead
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public long rejections(ErrorCode reason) {
        return sql.read("read a rejection count", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT rejected FROM webhook_rejection_count WHERE reason = ?")) {
                select.setString(1, reason.code());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : 0L;
                }
            }
        });
    }

    private static boolean exists(Connection connection, DeduplicationKey key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM webhook_inbox WHERE dedup_key = ?")) {
            select.setString(1, key.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void insertInboxRow(Connection connection, InboxEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_inbox (dedup_key, event_type, "
                + "account_id, provider, project_id, event_date, sent_at, received_at, outcome) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, entry.key().value());
            insert.setString(2, entry.name().value());
            insert.setString(3, entry.accountId().value());
            insert.setString(4, entry.provider().value());
            insert.setString(5, entry.projectId().value());
            Sql.setInstant(insert, 6, entry.eventDate());
            Sql.setInstant(insert, 7, entry.sentAt());
            Sql.setInstant(insert, 8, entry.receivedAt());
            insert.setString(9, StoredValues.outcome(entry.outcome()));
            insert.executeUpdate();
        }
    }

    private static ErrorCode errorCode(String code) {
        for (ErrorCode candidate : ErrorCode.values()) {
            if (candidate.code().equals(code)) {
                return candidate;
            }
        }
        return ErrorCode.EVENT_MALFORMED;
    }
}
