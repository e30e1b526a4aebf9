package dev.connect.adapters.jdbc;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.PageSize;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkChange;
import dev.connect.domain.model.authlink.AuthLinkCursor;
import dev.connect.domain.model.authlink.AuthLinkFilter;
import dev.connect.domain.model.authlink.AuthLinkId;
import dev.connect.domain.model.authlink.AuthLinkMessage;
import dev.connect.domain.model.authlink.AuthLinkPage;
import dev.connect.domain.model.authlink.AuthLinkState;
import dev.connect.domain.model.authlink.AuthLinkToken;
import dev.connect.domain.model.authlink.Delivery;
import dev.connect.domain.model.authlink.EmailAddress;
import dev.connect.domain.model.authlink.HostedSession;
import dev.connect.domain.model.owner.Owner;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.session.Category;
import dev.connect.domain.port.out.authlink.AuthLinkStorePort;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Auth links in table {@code auth_link}, one row per link with its delivery's state. The webhook inbox completes links
 * inside its own transaction through {@link #lockPending} and {@link #write}; every other change goes through
 * {@link #update}, a read {@code FOR UPDATE} and a write in one transaction.
 */
public final class JdbcAuthLinkStore implements AuthLinkStorePort {

    private static final String COLUMNS = "id, token, owner_id, owner_name, recipient, provider, categories, "
            + "account_id, message, state, created_at, expires_at, linked_at, linked_account_id, revoked_at, "
            + "session_url, session_expires_at, delivery_status, delivery_attempts, delivery_last_at, "
            + "delivery_last_error, delivery_next_at";
    /** A pending link read as of a given time (the parameter): due ones read as expired, as the domain says. */
    private static final String STATE_AS_OF = "CASE WHEN state = 'pending' AND expires_at <= ? THEN 'expired' "
            + "ELSE state END";

    private final Sql sql;
    private final Dialect dialect;

    JdbcAuthLinkStore(Sql sql) {
        this.sql = sql;
        this.dialect = sql.dialect();
    }

    @Override
    public void insert(AuthLink link) {
        sql.inTransaction("store an auth link", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO auth_link (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(dialect, insert, link);
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<AuthLink> findById(AuthLinkId id) {
        return sql.read("read an auth link", connection -> selectOne(dialect, connection, "id", id.value(), false));
    }

    @Override
    public Optional<AuthLink> findByToken(AuthLinkToken token) {
        return sql.read("read an auth link",
                connection -> selectOne(dialect, connection, "token", token.value(), false));
    }

    @Override
    public AuthLinkPage list(AuthLinkFilter filter, PageSize size, Optional<AuthLinkCursor> after, Instant now) {
        return sql.read("list auth links", connection -> {
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            List<Object> parameters = new ArrayList<>();
            filter.owner().ifPresent(owner -> {
                where.append(" AND owner_id = ?");
                parameters.add(owner.value());
            });
            filter.state().ifPresent(state -> {
                where.append(" AND ").append(STATE_AS_OF).append(" = ?");
                parameters.add(now);
                parameters.add(StoredValues.linkState(state));
            });
            after.ifPresent(cursor -> {
                where.append(" AND (created_at < ? OR (created_at = ? AND id < ?))");
                parameters.add(cursor.createdAt());
                parameters.add(cursor.createdAt());
                parameters.add(cursor.after().value());
            });
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM auth_link" + where
                    + " ORDER BY created_at DESC, id DESC LIMIT ?")) {
                int index = 1;
                for (Object parameter : parameters) {
                    if (parameter instanceof Instant instant) {
                        dialect.setInstant(select, index++, instant);
                    } else {
                        select.setString(index++, (String) parameter);
                    }
                }
                select.setInt(index, size.value() + 1);
                List<AuthLink> links = readAll(dialect, select);
                if (links.size() <= size.value()) {
                    return new AuthLinkPage(links, Optional.empty());
                }
                List<AuthLink> page = links.subList(0, size.value());
                return new AuthLinkPage(page, Optional.of(AuthLinkCursor.after(page.get(page.size() - 1))));
            }
        });
    }

    @Override
    public Optional<AuthLink> update(AuthLinkId id, UnaryOperator<AuthLink> change) {
        return sql.inTransaction("change an auth link", connection -> {
            Optional<AuthLink> current = selectOne(dialect, connection, "id", id.value(), true);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            AuthLink changed = change.apply(current.get());
            if (!changed.equals(current.get())) {
                write(dialect, connection, List.of(changed));
            }
            return Optional.of(changed);
        });
    }

    @Override
    public List<AuthLinkChange> expireDue(Instant now) {
        return sql.inTransaction("expire due auth links", connection -> {
            List<AuthLinkChange> changes = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM auth_link "
                    + "WHERE state = 'pending' AND expires_at <= ? ORDER BY id" + dialect.forUpdate())) {
                dialect.setInstant(select, 1, now);
                for (AuthLink due : readAll(dialect, select)) {
                    changes.add(new AuthLinkChange(AuthLinkState.PENDING, due.expired()));
                }
            }
            write(dialect, connection, changes.stream().map(AuthLinkChange::link).toList());
            return List.copyOf(changes);
        });
    }

    @Override
    public List<AuthLink> dueForDelivery(Instant now, int limit) {
        return sql.read("find due deliveries", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM auth_link "
                    + "WHERE state = 'pending' AND expires_at > ? AND delivery_next_at <= ? "
                    + "ORDER BY delivery_next_at, id LIMIT ?")) {
                dialect.setInstant(select, 1, now);
                dialect.setInstant(select, 2, now);
                select.setInt(3, limit);
                return readAll(dialect, select);
            }
        });
    }

    /**
     * Adds the read and lock of the pending links of {@code owners}, each given to {@code found}, in (owner, id) order
     * so that concurrent transactions lock in one order: the step the webhook intake takes before the domain decides
     * which link an event completes. Nothing when there are no owners.
     */
    static void lockPending(Pipeline pipeline, Collection<OwnerId> owners, Consumer<AuthLink> found) {
        if (owners.isEmpty()) {
            return;
        }
        Dialect dialect = pipeline.dialect();
        Set<String> distinct = owners.stream().map(OwnerId::value).collect(Collectors.toSet());
        pipeline.query("SELECT " + COLUMNS + " FROM auth_link WHERE state = 'pending' AND "
                        + dialect.isOneOf("owner_id", distinct.size()) + " ORDER BY owner_id, id" + dialect.forUpdate(),
                (select, first) -> dialect.bindKeys(select.getConnection(), select, first, distinct),
                rows -> {
                    while (rows.next()) {
                        found.accept(read(dialect, rows));
                    }
                });
    }

    /** Adds the writes of changed links (every mutable column): the last step of a transaction that decided them. */
    static void write(Pipeline pipeline, List<AuthLink> links) {
        Dialect dialect = pipeline.dialect();
        pipeline.changeEach("UPDATE auth_link SET state = ?, linked_at = ?, "
                + "linked_account_id = ?, revoked_at = ?, delivery_status = ?, delivery_attempts = ?, "
                + "delivery_last_at = ?, delivery_last_error = ?, delivery_next_at = ? WHERE id = ?", links,
                (update, first, link) -> {
                    int i = first;
                    update.setString(i++, StoredValues.linkState(link.state()));
                    dialect.setOptionalInstant(update, i++, link.linkedAt());
                    Sql.setOptionalString(update, i++, link.linkedAccountId().map(AccountId::value));
                    dialect.setOptionalInstant(update, i++, link.revokedAt());
                    update.setString(i++, StoredValues.deliveryStatus(link.delivery().status()));
                    update.setInt(i++, link.delivery().attempts());
                    dialect.setOptionalInstant(update, i++, link.delivery().lastAttemptAt());
                    Sql.setOptionalString(update, i++, link.delivery().lastError());
                    dialect.setOptionalInstant(update, i++, link.delivery().nextAttemptAt());
                    update.setString(i++, link.id().value());
                    return i;
                });
    }

    /** {@link #write}, run at once. */
    private static void write(Dialect dialect, Connection connection, List<AuthLink> links) throws SQLException {
        Pipeline pipeline = new Pipeline(dialect);
        write(pipeline, links);
        pipeline.run(connection);
    }

    private static Optional<AuthLink> selectOne(Dialect dialect, Connection connection, String column, String value,
                                                boolean lock)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM auth_link WHERE "
                + column + " = ?" + (lock ? dialect.forUpdate() : ""))) {
            select.setString(1, value);
            List<AuthLink> found = readAll(dialect, select);
            return found.stream().findFirst();
        }
    }

    private static void bind(Dialect dialect, PreparedStatement insert, AuthLink link) throws SQLException {
        insert.setString(1, link.id().value());
        insert.setString(2, link.token().value());
        insert.setString(3, link.owner().id().value());
        insert.setString(4, link.owner().name().value());
        insert.setString(5, link.recipient().value());
        Sql.setOptionalString(insert, 6, link.provider().map(ProviderKey::value));
        insert.setString(7, link.categories().stream().map(Category::key).sorted().collect(Collectors.joining(",")));
        Sql.setOptionalString(insert, 8, link.accountId().map(AccountId::value));
        Sql.setOptionalString(insert, 9, link.message().map(AuthLinkMessage::value));
        insert.setString(10, StoredValues.linkState(link.state()));
        dialect.setInstant(insert, 11, link.createdAt());
        dialect.setInstant(insert, 12, link.expiresAt());
        dialect.setOptionalInstant(insert, 13, link.linkedAt());
        Sql.setOptionalString(insert, 14, link.linkedAccountId().map(AccountId::value));
        dialect.setOptionalInstant(insert, 15, link.revokedAt());
        Sql.setOptionalString(insert, 16, link.session().map(session -> session.url().toString()));
        dialect.setOptionalInstant(insert, 17, link.session().map(HostedSession::expiresAt));
        insert.setString(18, StoredValues.deliveryStatus(link.delivery().status()));
        insert.setInt(19, link.delivery().attempts());
        dialect.setOptionalInstant(insert, 20, link.delivery().lastAttemptAt());
        Sql.setOptionalString(insert, 21, link.delivery().lastError());
        dialect.setOptionalInstant(insert, 22, link.delivery().nextAttemptAt());
    }

    private static List<AuthLink> readAll(Dialect dialect, PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            List<AuthLink> links = new ArrayList<>();
            while (rows.next()) {
                links.add(read(dialect, rows));
            }
            return List.copyOf(links);
        }
    }

    private static AuthLink read(Dialect dialect, ResultSet rows) throws SQLException {
        String categories = rows.getString("categories");
        Optional<String> sessionUrl = Optional.ofNullable(rows.getString("session_url"));
        Instant sessionExpiresAt = dialect.getInstant(rows, "session_expires_at");
        return new AuthLink(
                new AuthLinkId(rows.getString("id")),
                new AuthLinkToken(rows.getString("token")),
                new Owner(new OwnerId(rows.getString("owner_id")), new OwnerName(rows.getString("owner_name"))),
                new EmailAddress(rows.getString("recipient")),
                Optional.ofNullable(rows.getString("provider")).map(ProviderKey::new),
                categories.isEmpty() ? Set.of() : Arrays.stream(categories.split(",")).map(Category::fromKey)
                        .collect(Collectors.toSet()),
                Optional.ofNullable(rows.getString("account_id")).map(AccountId::new),
                Optional.ofNullable(rows.getString("message")).map(AuthLinkMessage::new),
                StoredValues.linkState(rows.getString("state")),
                dialect.getInstant(rows, "created_at"),
                dialect.getInstant(rows, "expires_at"),
                Optional.ofNullable(dialect.getInstant(rows, "linked_at")),
                Optional.ofNullable(rows.getString("linked_account_id")).map(AccountId::new),
                Optional.ofNullable(dialect.getInstant(rows, "revoked_at")),
                new Delivery(StoredValues.deliveryStatus(rows.getString("delivery_status")),
                        rows.getInt("delivery_attempts"),
                        Optional.ofNullable(dialect.getInstant(rows, "delivery_last_at")),
                        Optional.ofNullable(rows.getString("delivery_last_error")),
                        Optional.ofNullable(dialect.getInstant(rows, "delivery_next_at"))),
                sessionUrl.map(url -> new HostedSession(URI.create(url), sessionExpiresAt)));
    }
}
