package dev.connect.adapters.nango;

import dev.connect.adapters.nango.wire.NangoConnection;
import dev.connect.adapters.nango.wire.NangoProviderResponse;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountMeta;
import dev.connect.domain.model.account.DirectoryAccount;
import dev.connect.domain.model.account.DirectoryPage;
import dev.connect.domain.model.account.DirectoryQuery;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.port.out.account.LinkedAccountDirectoryPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nango's connections as connect's account directory: {@code GET /connections} (pages, and a connection by id),
 * {@code DELETE /connections/{id}} and, for what an account offers, {@code GET /providers/{provider}}. A connection
 * connect cannot represent (its id or integration id outside connect's shapes, or no owner: linked outside connect) is
 * none of connect's accounts: left out of pages, with a warning, and not found. Nango gives no total; a page it
 * answered shorter than asked is the last, whatever was left out of it.
 */
public final class NangoLinkedAccountDirectoryAdapter implements LinkedAccountDirectoryPort {

    private static final Logger LOG = LoggerFactory.getLogger(NangoLinkedAccountDirectoryAdapter.class);
    /** How many connections a filtered listing reads from Nango at a time. */
    private static final int SCAN_PAGE_SIZE = 100;

    private final NangoClient client;
    private final NangoConnections connections;

    NangoLinkedAccountDirectoryAdapter(NangoClient client, NangoConnections connections) {
        this.client = client;
        this.connections = connections;
    }

    @Override
    public Optional<DirectoryAccount> find(AccountId id) {
        return connections.byId(id).flatMap(this::connects);
    }

    /** The integration's provider and its first category; Nango's data models live in its functions: none here. */
    @Override
    public Optional<AccountMeta> meta(AccountId id) {
        Optional<NangoConnection> connection = connections.byId(id);
        Optional<DirectoryAccount> account = connection.flatMap(this::connects);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String category = Optional.ofNullable(connection.get().provider()).filter(p -> p.matches("[A-Za-z0-9_-]+"))
                .flatMap(this::firstCategory).orElse("unknown");
        return Optional.of(new AccountMeta(account.get().provider(), category, Set.of()));
    }

    @Override
    public DirectoryPage list(DirectoryQuery query) {
        if (query.owners().isEmpty() && query.providers().isEmpty() && query.accountIds().isEmpty()
                && query.statuses().isEmpty()) {
            List<NangoConnection> page = connections.page(query.page() - 1, query.pageSize());
            return new DirectoryPage(representable(page), page.size() < query.pageSize());
        }
        return filtered(query);
    }

    /**
     * Nango filters none of these as connect asks (several owners, providers, statuses): its pages are read from the
     * start and filtered here. Only reconciliation lists at all, and it lists unfiltered.
     */
    private DirectoryPage filtered(DirectoryQuery query) {
        int skip = (query.page() - 1) * query.pageSize();
        List<DirectoryAccount> matching = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<NangoConnection> raw = connections.page(page, SCAN_PAGE_SIZE);
            for (DirectoryAccount account : representable(raw)) {
                if (matches(query, account)) {
                    if (skip > 0) {
                        skip--;
                    } else {
                        matching.add(account);
                    }
                }
            }
            if (matching.size() > query.pageSize()) {
                return new DirectoryPage(matching.subList(0, query.pageSize()), false);
            }
            if (raw.size() < SCAN_PAGE_SIZE) {
                return new DirectoryPage(matching, true);
            }
        }
    }

    private static boolean matches(DirectoryQuery query, DirectoryAccount account) {
        return (query.owners().isEmpty() || query.owners().contains(account.ownerId()))
                && (query.providers().isEmpty() || query.providers().contains(account.provider()))
                && (query.accountIds().isEmpty() || query.accountIds().contains(account.id()))
                && (query.statuses().isEmpty() || query.statuses().contains(account.status()));
    }

    /**
     * Deletes the connection in the integration Nango has it in. A connection Nango no longer knows (404, or its 400
     * {@code unknown_connection}), also on a retry after it had acted, is already gone.
     */
    @Override
    public boolean delete(AccountId id) {
        Optional<NangoConnection> connection = connections.byId(id);
        if (connection.isEmpty()) {
            return false;
        }
        String integration = connection.get().providerConfigKey();
        try {
            client.run(api -> api.deleteConnection(id.value(), integration));
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }

    private List<DirectoryAccount> representable(List<NangoConnection> page) {
        List<DirectoryAccount> accounts = new ArrayList<>();
        for (NangoConnection connection : page) {
            connects(connection).ifPresent(accounts::add);
        }
        return accounts;
    }

    private Optional<DirectoryAccount> connects(NangoConnection connection) {
        NangoWireMapper.Mapped mapped = NangoWireMapper.toDomain(connection);
        if (mapped.account().isEmpty()) {
            LOG.warn("Nango connection of integration {} left out: {}", printable(connection.providerConfigKey()),
                    mapped.notConnectsBecause());
        }
        return mapped.account();
    }

    private Optional<String> firstCategory(String provider) {
        try {
            NangoProviderResponse answer = client.call(api -> api.provider(provider));
            return Optional.ofNullable(answer).map(NangoProviderResponse::data)
                    .map(NangoProviderResponse.Provider::categories).flatMap(categories -> categories.stream()
                            .filter(category -> category != null && category.matches("[a-z0-9_-]{1,64}"))
                            .findFirst());
        } catch (NotFoundException unknownProvider) {
            return Optional.empty();
        }
    }

    /** An integration id for a log line: what Nango allows in one, and no more than that. */
    private static String printable(String key) {
        if (key == null) {
            return "(none)";
        }
        String shown = key.replaceAll("[^A-Za-z0-9~:.@ _-]", "?");
        return "'" + (shown.length() <= 80 ? shown : shown.substring(0, 80) + "…") + "'";
    }
}
