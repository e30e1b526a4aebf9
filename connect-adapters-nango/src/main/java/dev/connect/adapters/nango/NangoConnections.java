package dev.connect.adapters.nango;

import dev.connect.adapters.nango.wire.NangoConnection;
import dev.connect.adapters.nango.wire.NangoConnectionList;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.error.ConflictException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Nango's connections by connection id, through {@code GET /connections?connectionId=}: the listing, which carries no
 * credentials, rather than {@code GET /connections/{id}}, which does and also needs the integration. Nango allows the
 * same connection id in two integrations; connect's account ids are unique, so such a pair is refused as a conflict
 * (Connect UI gives every connection an id of its own; a pair arises only from ids chosen by hand).
 */
final class NangoConnections {

    /** More than one connection per id is already a conflict; a few are enough to say so. */
    private static final int LOOKUP_LIMIT = 10;

    private final NangoClient client;

    NangoConnections(NangoClient client) {
        this.client = client;
    }

    /** The connection with this id, or empty when Nango has none. */
    Optional<NangoConnection> byId(AccountId id) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("connectionId", id.value());
        query.put("limit", LOOKUP_LIMIT);
        List<NangoConnection> matching = connections(query).stream()
                .filter(connection -> id.value().equals(connection.connectionId()))
                .toList();
        if (matching.size() > 1) {
            throw new ConflictException("Nango has connection '" + id + "' in " + matching.size() + " integrations ("
                    + matching.stream().map(NangoConnection::providerConfigKey).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + "); connect needs each connection id once");
        }
        return matching.stream().findFirst();
    }

    /** One page of every connection, newest first; Nango numbers pages from 0. */
    List<NangoConnection> page(int page, int limit) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("limit", limit);
        query.put("page", page);
        return connections(query);
    }

    private List<NangoConnection> connections(Map<String, Object> query) {
        NangoConnectionList list = NangoClient.requirePresent(client.call(api -> api.listConnections(query)),
                () -> "a body");
        return NangoClient.requirePresent(list.connections(), () -> "'connections'").stream()
                .filter(Objects::nonNull).toList();
    }
}
