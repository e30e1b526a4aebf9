package dev.connect.adapters.jdbc;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.authlink.AuthLinkTransition;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.DeduplicationKey;
import dev.connect.domain.model.event.EventName;
import dev.connect.domain.model.event.InboxEntry;
import dev.connect.domain.model.event.ProjectId;
import dev.connect.domain.model.event.RegistryTransition;
import dev.connect.domain.model.event.RejectedDelivery;
import dev.connect.domain.port.out.event.WebhookInboxPort;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The webhook inbox (tables {@code webhook_inbox}, {@code webhook_rejected}), which records each event and applies it
 * to {@code linked_account} in the same transaction.
 *
 * <p>{@link #record}: concurrent calls share transactions through {@link GroupCommit}; each transaction is an
 * {@link InboxBatch}: the keys already recorded are duplicates, the accounts' rows are read {@code FOR UPDATE}
 * (which serialises the events of one account) and so are the pending auth links of the events' owners
 * ({@link JdbcAuthLinkStore#lockPending}), the domain's transitions decide in arrival order, then the inbox rows, the
 * changed accounts and the completed links are written, and only then committed. A call returns after that commit.
 */
public final class JdbcWebhookInbox implements WebhookInboxPort {

    private final Sql sql;
    private final Dialect dialect;
    private final GroupCommit commits;

    JdbcWebhookInbox(Sql sql, GroupCommit commits) {
        this.sql = sql;
        this.dialect = sql.dialect();
        this.commits = commits;
    }

    @Override
    public boolean isRecorded(DeduplicationKey key) {
        return sql.read("look up an inbox key", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM webhook_inbox WHERE dedup_key = ?")) {
                select.setString(1, key.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    @Override
    public Recording record(AccountEvent event, Instant receivedAt, RegistryTransition transition,
                            AuthLinkTransition links) {
        return commits.record(event, receivedAt, transition, links);
    }

    /** The group commit behind {@link #record}, for its statistics. */
    GroupCommit commits() {
        return commits;
    }

    @Override
    public void recordRejected(RejectedDelivery delivery) {
        sql.inTransaction("keep a rejected delivery", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO webhook_rejected (received_at, reason, detail, body) VALUES (?, ?, ?, ?)")) {
                dialect.setInstant(insert, 1, delivery.receivedAt());
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
                            dialect.getInstant(rows, "event_date"),
                            dialect.getInstant(rows, "sent_at"),
                            dialect.getInstant(rows, "received_at"),
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
                        rejected.add(new RejectedDelivery(dialect.getInstant(rows, "received_at"),
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
                dialect.setInstant(delete, 1, cutoff);
                dialect.setInstant(delete, 2, cutoff);
                return delete.executeUpdate();
            }
        });
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
