package dev.connect.adapters.jdbc;

import dev.connect.domain.model.account.AccountCheck;
import dev.connect.domain.model.account.AccountFilter;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.account.LinkedAccountState;
import dev.connect.domain.model.account.PageCursor;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.event.EventOrder;
import dev.connect.domain.model.event.LinkedAccountRecord;
import dev.connect.domain.model.event.RegistryChange;
import dev.connect.domain.model.event.RegistryUpdate;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import dev.connect.domain.port.out.account.LinkedAccountQueryPort;
import dev.connect.domain.port.out.account.LinkedAccountStorePort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The linked-account registry in table {@code linked_account}. Reads for the accounts API and reconciliation, and
 * connect's own changes ({@link #change}); the row-level reads and writes used inside the webhook inbox's transaction
 * live here too, so that the mapping exists once. The last check's columns are written only by {@link #change}: the
 * webhook path's {@link #update} leaves them alone.
 */
public final class JdbcLinkedAccountStore implements LinkedAccountQueryPort, LinkedAccountStorePort {

    private static final String COLUMNS = "account_id, provider, state, owner_id, owner_id_from, owner_name, "
            + "owner_name_from, user_name, user_name_from, setup_information, setup_information_from, created_at, "
            + "updated_at, last_event_type, last_event_date, last_event_order";
    private static final String CHECK_COLUMNS = "last_check_status, last_check_reasons, last_checked_at";
    private static final int COLUMN_COUNT = COLUMNS.split(",").length;
    private static final String SELECTED = COLUMNS + ", " + CHECK_COLUMNS;

    private final Sql sql;
    private final Dialect dialect;

    JdbcLinkedAccountStore(Sql sql) {
        this.sql = sql;
        this.dialect = sql.dialect();
    }

    @Override
    public List<LinkedAccount> findByOwner(OwnerId owner) {
        return sql.read("read the accounts of an owner", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + SELECTED
                    + " FROM linked_account WHERE owner_id = ? ORDER BY created_at, account_id")) {
                select.setString(1, owner.value());
                return accounts(dialect, select);
            }
        });
    }

    @Override
    public List<LinkedAccount> findPage(AccountFilter filter, Optional<PageCursor> after, int limit) {
        StringBuilder where = new StringBuilder(" WHERE owner_id = ?");
        filter.provider().ifPresent(provider -> where.append(" AND provider = ?"));
        filter.state().ifPresent(state -> where.append(" AND state = ?"));
        after.ifPresent(cursor -> where.append(" AND (created_at < ? OR (created_at = ? AND account_id < ?))"));
        return sql.read("read a page of an owner's accounts", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + SELECTED + " FROM linked_account"
                    + where + " ORDER BY created_at DESC, account_id DESC LIMIT ?")) {
                int i = 1;
                select.setString(i++, filter.owner().value());
                if (filter.provider().isPresent()) {
                    select.setString(i++, filter.provider().get().value());
                }
                if (filter.state().isPresent()) {
                    select.setString(i++, StoredValues.state(filter.state().get()));
                }
                if (after.isPresent()) {
                    dialect.setInstant(select, i++, after.get().createdAt());
                    dialect.setInstant(select, i++, after.get().createdAt());
                    select.setString(i++, after.get().after().value());
                }
                select.setInt(i, limit);
                return accounts(dialect, select);
            }
        });
    }

    @Override
    public List<AccountId> findLinkedIds(Optional<AccountId> after, int limit) {
        return sql.read("read the ids of linked accounts", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT account_id FROM linked_account "
                    + "WHERE state = ?" + (after.isPresent() ? " AND account_id > ?" : "")
                    + " ORDER BY account_id LIMIT ?")) {
                int i = 1;
                select.setString(i++, StoredValues.state(LinkedAccountState.LINKED));
                if (after.isPresent()) {
                    select.setString(i++, after.get().value());
                }
                select.setInt(i, limit);
                try (ResultSet rows = select.executeQuery()) {
                    List<AccountId> ids = new ArrayList<>();
                    while (rows.next()) {
                        ids.add(new AccountId(rows.getString(1)));
                    }
                    return List.copyOf(ids);
                }
            }
        });
    }

    /**
     * One transaction, as the webhook inbox records an event: lock the row ({@code FOR UPDATE}; an absent row is
     * guarded by the primary key instead), let the domain decide, write what changed. A concurrent first insert of
     * the same account rolls back and runs again, now finding and locking the row.
     */
    @Override
    public RegistryUpdate change(AccountId id, RegistryChange change) {
        return sql.inTransaction("change a linked account", connection -> {
            Optional<LinkedAccountRecord> before = select(dialect, connection, id, true);
            RegistryUpdate update = new RegistryUpdate(before, change.apply(before));
            if (!update.changed()) {
                return update;
            }
            LinkedAccountRecord after = update.after().orElseThrow();
            Pipeline write = new Pipeline(dialect);
            if (before.isEmpty()) {
                insert(write, List.of(after));
            } else {
                update(write, List.of(after));
            }
            try {
                write.run(connection);
            } catch (SQLException e) {
                if (Sql.isUniqueViolation(e)) {
                    throw new Sql.RetryTransaction(e); // a concurrent first event of the account inserted it
                }
                throw e;
            }
            if (!before.map(b -> b.account().lastCheck()).equals(Optional.of(after.account().lastCheck()))) {
                updateCheck(dialect, connection, id, after.account().lastCheck());
            }
            return update;
        });
    }

    @Override
    public Optional<LinkedAccount> findById(AccountId id) {
        return sql.read("read an account",
                connection -> select(dialect, connection, id, false).map(LinkedAccountRecord::account));
    }

    private static List<LinkedAccount> accounts(Dialect dialect, PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            List<LinkedAccount> accounts = new ArrayList<>();
            while (rows.next()) {
                accounts.add(map(dialect, rows).account());
            }
            return List.copyOf(accounts);
        }
    }

    /** The entry, locked against concurrent change until the transaction ends when {@code forUpdate}. */
    static Optional<LinkedAccountRecord> select(Dialect dialect, Connection connection, AccountId id, boolean forUpdate)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + SELECTED
                + " FROM linked_account WHERE account_id = ?" + (forUpdate ? dialect.forUpdate() : ""))) {
            select.setString(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(map(dialect, rows)) : Optional.empty();
            }
        }
    }

    /**
     * Adds the read of these accounts' entries that exist, locked against concurrent change until the transaction
     * ends, each put into {@code found}. One statement for all of them; rows are locked in id order, so concurrent
     * writers cannot deadlock on them.
     */
    static void lock(Pipeline pipeline, Collection<AccountId> ids, Map<AccountId, LinkedAccountRecord> found) {
        Dialect dialect = pipeline.dialect();
        pipeline.query("SELECT " + SELECTED + " FROM linked_account WHERE " + dialect.isOneOf("account_id", ids.size())
                        + " ORDER BY account_id" + dialect.forUpdate(),
                (select, first) -> dialect.bindKeys(select.getConnection(), select, first,
                        ids.stream().map(AccountId::value).toList()),
                rows -> {
                    while (rows.next()) {
                        LinkedAccountRecord entry = map(dialect, rows);
                        found.put(entry.id(), entry);
                    }
                });
    }

    /** Adds the insert of new entries: one statement for all of them. */
    static void insert(Pipeline pipeline, List<LinkedAccountRecord> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Dialect dialect = pipeline.dialect();
        pipeline.change("INSERT INTO linked_account (" + COLUMNS + ") VALUES "
                + Pipeline.valueRows(entries.size(), COLUMN_COUNT), (insert, first) -> {
                    int next = first;
                    for (LinkedAccountRecord entry : entries) {
                        insert.setString(next, entry.id().value());
                        next = bindValues(dialect, insert, entry, next + 1);
                    }
                    return next;
                });
    }

    /** Adds the rewrite of entries read (and locked) in this transaction, one statement for each. */
    static void update(Pipeline pipeline, List<LinkedAccountRecord> entries) {
        Dialect dialect = pipeline.dialect();
        pipeline.changeEach("UPDATE linked_account SET provider = ?, state = ?, "
                + "owner_id = ?, owner_id_from = ?, owner_name = ?, owner_name_from = ?, user_name = ?, "
                + "user_name_from = ?, setup_information = ?, setup_information_from = ?, created_at = ?, updated_at = ?, "
                + "last_event_type = ?, last_event_date = ?, last_event_order = ? WHERE account_id = ?", entries,
                (update, first, entry) -> {
                    int next = bindValues(dialect, update, entry, first);
                    update.setString(next, entry.id().value());
                    return next + 1;
                },
                (entry, count) -> {
                    if (count == 0) {
                        throw new SQLException("linked account " + entry.id() + " vanished during its update", "40001");
                    }
                });
    }

    /** The last check's columns: all three set, or all three null. */
    private static void updateCheck(Dialect dialect, Connection connection, AccountId id, Optional<AccountCheck> check)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE linked_account SET last_check_status = ?, "
                + "last_check_reasons = ?, last_checked_at = ? WHERE account_id = ?")) {
            Sql.setOptionalString(update, 1, check.map(found -> StoredValues.status(found.status())));
            Sql.setOptionalString(update, 2, check.map(found -> StatusReasonsCodec.encode(found.reasons())));
            dialect.setOptionalInstant(update, 3, check.map(AccountCheck::checkedAt));
            update.setString(4, id.value());
            update.executeUpdate();
        }
    }

    private static Optional<AccountCheck> lastCheck(Dialect dialect, ResultSet rows) throws SQLException {
        String status = rows.getString("last_check_status");
        if (status == null) {
            return Optional.empty();
        }
        return Optional.of(new AccountCheck(StoredValues.status(status),
                StatusReasonsCodec.decode(rows.getString("last_check_reasons")),
                dialect.getInstant(rows, "last_checked_at")));
    }

    /** Binds every column but the id, from {@code first}; returns the next index. */
    private static int bindValues(Dialect dialect, PreparedStatement statement, LinkedAccountRecord entry, int first)
            throws SQLException {
        LinkedAccount account = entry.account();
        int i = first;
        statement.setString(i++, account.provider().value());
        statement.setString(i++, StoredValues.state(account.state()));
        Sql.setOptionalString(statement, i++, account.ownerId().map(OwnerId::value));
        Sql.setOptionalLong(statement, i++, entry.ownerIdFrom().map(StoredValues::orderNumber));
        Sql.setOptionalString(statement, i++, account.ownerName().map(OwnerName::value));
        Sql.setOptionalLong(statement, i++, entry.ownerNameFrom().map(StoredValues::orderNumber));
        Sql.setOptionalString(statement, i++, account.userName().map(UserName::value));
        Sql.setOptionalLong(statement, i++, entry.userNameFrom().map(StoredValues::orderNumber));
        Sql.setOptionalString(statement, i++,
                entry.setupInformationFrom().map(from -> SetupInformationCodec.encode(account.setupInformation())));
        Sql.setOptionalLong(statement, i++, entry.setupInformationFrom().map(StoredValues::orderNumber));
        dialect.setInstant(statement, i++, account.createdAt());
        dialect.setInstant(statement, i++, account.updatedAt());
        statement.setString(i++, StoredValues.kindLabel(entry.lastApplied().kind()));
        dialect.setInstant(statement, i++, account.lastEventDate());
        statement.setLong(i++, StoredValues.orderNumber(entry.lastApplied()));
        return i;
    }

    private static LinkedAccountRecord map(Dialect dialect, ResultSet rows) throws SQLException {
        Optional<EventOrder> setupFrom = Sql.getOptionalLong(rows, "setup_information_from").map(StoredValues::eventOrder);
        LinkedAccount account = new LinkedAccount(
                new AccountId(rows.getString("account_id")),
                Optional.ofNullable(rows.getString("owner_id")).map(OwnerId::new),
                Optional.ofNullable(rows.getString("owner_name")).map(OwnerName::new),
                Optional.ofNullable(rows.getString("user_name")).map(UserName::new),
                new ProviderKey(rows.getString("provider")),
                StoredValues.state(rows.getString("state")),
                dialect.getInstant(rows, "created_at"),
                dialect.getInstant(rows, "updated_at"),
                dialect.getInstant(rows, "last_event_date"),
                SetupInformationCodec.decode(rows.getString("setup_information")),
                lastCheck(dialect, rows));
        return new LinkedAccountRecord(account, StoredValues.eventOrder(rows.getLong("last_event_order")),
                Sql.getOptionalLong(rows, "owner_id_from").map(StoredValues::eventOrder),
                Sql.getOptionalLong(rows, "owner_name_from").map(StoredValues::eventOrder),
                Sql.getOptionalLong(rows, "user_name_from").map(StoredValues::eventOrder),
                setupFrom);
    }
}
