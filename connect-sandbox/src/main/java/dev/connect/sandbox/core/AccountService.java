package dev.connect.sandbox.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connect.sandbox.catalogue.Connector;
import dev.connect.sandbox.catalogue.ConnectorCatalogue;
import dev.connect.sandbox.catalogue.ConnectorField;
import dev.connect.sandbox.core.ApiError;
import dev.connect.sandbox.state.Account;
import dev.connect.sandbox.state.ConnectSession;
import dev.connect.sandbox.state.SandboxState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Linked accounts: what the REST API reads and changes, and what the Hub creates. Every creation, change and
 * deletion is published to the {@link AccountEventSink}.
 */
public final class AccountService {

    private final SandboxState state;
    private final ConnectorCatalogue catalogue;
    private final AccountEventSink events;
    private final Clock clock;

    public AccountService(SandboxState state, ConnectorCatalogue catalogue, AccountEventSink events, Clock clock) {
        this.state = state;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    public List<Account> list(AccountQuery query) {
        List<Account> matching = state.accounts(query.asPredicate());
        long from = (long) (query.page() - 1) * query.pageSize();
        if (from >= matching.size()) {
            return List.of();
        }
        int to = (int) Math.min(matching.size(), from + query.pageSize());
        return List.copyOf(matching.subList((int) from, to));
    }

    public Account get(String id) {
        return state.account(id).orElseThrow(() -> ApiError.notFound("Account " + id + " not found"));
    }

    public Optional<Account> find(String id) {
        return state.account(id);
    }

    public Account delete(String id) {
        Account removed = state.removeAccount(id)
                .orElseThrow(() -> ApiError.notFound("Account " + id + " not found"));
        events.publish(AccountEventSink.DELETED, removed, clock.instant());
        return removed;
    }

    /** {@code PATCH /accounts/{id}}: the documented writable fields; unknown fields are ignored. */
    public Account patch(String id, ObjectNode body) {
        Account current = get(id);
        List<String> errors = new ArrayList<>();
        String ownerId = text(body, "origin_owner_id", current.originOwnerId(), errors, false);
        String ownerName = text(body, "origin_owner_name", current.originOwnerName(), errors, false);
        String username = text(body, "origin_username", current.originUsername(), errors, true);
        String label = text(body, "label", current.label(), errors, true);
        String type = text(body, "type", current.type(), errors, false);
        if (type != null && !type.equals("production") && !type.equals("test")) {
            errors.add("type must be one of the following values: production, test");
        }
        Map<String, Object> setup = object(body, "setup_information", current.setupInformation(), errors);
        Map<String, Object> credentials = merged(current.credentials(), object(body, "credentials", Map.of(), errors));
        credentials = merged(credentials, object(body, "secrets", Map.of(), errors));
        Map<String, Object> metadata = object(body, "metadata", current.metadata(), errors);
        if (!errors.isEmpty()) {
            throw ApiError.validation(errors);
        }
        Instant now = clock.instant();
        Account updated = new Account(current.id(), current.provider(), current.providerName(), current.category(),
                current.integrationId(), current.status(), current.statusReasons(), ownerId, ownerName, username,
                label, setup, credentials, type, metadata, current.createdAt(), now);
        state.saveAccount(updated);
        events.publish(AccountEventSink.UPDATED, updated, now);
        return updated;
    }

    /**
     * The account a session links to: the one it names, or (unless {@code multiple}) the one the same owner id,
     * owner name and provider linked before.
     */
    public Optional<Account> targetOf(ConnectSession session, String provider) {
        if (session.accountId() != null) {
            return state.account(session.accountId());
        }
        if (session.multiple() || provider == null) {
            return Optional.empty();
        }
        return state.accounts(a -> a.provider().equals(provider)
                && a.originOwnerId().equals(session.originOwnerId())
                && a.originOwnerName().equals(session.originOwnerName())).stream().findFirst();
    }

    /**
     * Links (or re-links) an account from the Hub: validated values are split into setup information (fields
     * that are not secret, plus any extra values) and credentials (secret fields).
     */
    public Account link(ConnectSession session, Connector connector, Map<String, Object> values) {
        Map<String, Object> setup = new LinkedHashMap<>();
        Map<String, Object> credentials = new LinkedHashMap<>();
        split(connector, values, setup, credentials);
        return link(session, connector, setup, credentials);
    }

    /** Links (or re-links) with setup information and credentials already told apart (the OAuth path). */
    public Account link(ConnectSession session, Connector connector, Map<String, Object> setup,
            Map<String, Object> credentials) {
        Instant now = clock.instant();
        Optional<Account> existing = targetOf(session, connector.provider());
        if (existing.isPresent()) {
            Account current = existing.get();
            Account updated = new Account(current.id(), connector.provider(), connector.name(), connector.category(),
                    connector.integrationId(), Account.ACTIVE, List.of(), current.originOwnerId(),
                    current.originOwnerName(), orElse(session.originUsername(), current.originUsername()),
                    orElse(session.label(), current.label()), merged(current.setupInformation(), setup),
                    merged(current.credentials(), credentials), current.type(),
                    orElseMap(session.metadata(), current.metadata()), current.createdAt(), now);
            state.saveAccount(updated);
            events.publish(AccountEventSink.UPDATED, updated, now);
            return updated;
        }
        Account created = new Account(Ids.accountId(), connector.provider(), connector.name(), connector.category(),
                connector.integrationId(), Account.ACTIVE, List.of(), session.originOwnerId(),
                session.originOwnerName(), session.originUsername(), session.label(), setup, credentials,
                session.type(), session.metadata(), now, now);
        state.saveAccount(created);
        events.publish(AccountEventSink.CREATED, created, now);
        return created;
    }

    /** The Hub's edit mode: values left out (unedited secrets) keep their stored value. */
    public Account relink(Account current, Connector connector, Map<String, Object> values) {
        Instant now = clock.instant();
        Map<String, Object> setup = new LinkedHashMap<>();
        Map<String, Object> credentials = new LinkedHashMap<>();
        split(connector, values, setup, credentials);
        Account updated = new Account(current.id(), connector.provider(), connector.name(), connector.category(),
                connector.integrationId(), Account.ACTIVE, List.of(), current.originOwnerId(),
                current.originOwnerName(), current.originUsername(), current.label(),
                merged(current.setupInformation(), setup), merged(current.credentials(), credentials), current.type(),
                current.metadata(), current.createdAt(), now);
        state.saveAccount(updated);
        events.publish(AccountEventSink.UPDATED, updated, now);
        return updated;
    }

    /** Admin: put an account into another status (e.g. {@code error}) to exercise health checks. */
    public Account setStatus(String id, String status, String reason) {
        Account current = get(id);
        Instant now = clock.instant();
        List<Map<String, Object>> reasons = reason == null ? List.of()
                : List.of(Map.of("code", status, "description", reason, "timestamp", JsonValues.timestamp(now)));
        Account updated = current.withStatus(status, reasons, now);
        state.saveAccount(updated);
        events.publish(AccountEventSink.UPDATED, updated, now);
        return updated;
    }

    public Connector connectorOf(Account account) {
        return catalogue.byProvider(account.provider()).orElse(null);
    }

    private static void split(Connector connector, Map<String, Object> values, Map<String, Object> setup,
            Map<String, Object> credentials) {
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            boolean secret = connector.fields().stream()
                    .filter(f -> f.key().equals(entry.getKey()))
                    .map(ConnectorField::secret)
                    .findFirst()
                    .orElse(false);
            (secret ? credentials : setup).put(entry.getKey(), entry.getValue());
        }
    }

    private static Map<String, Object> merged(Map<String, Object> base, Map<String, Object> overlay) {
        Map<String, Object> result = new LinkedHashMap<>(base == null ? Map.of() : base);
        if (overlay != null) {
            result.putAll(overlay);
        }
        return result;
    }

    private static String orElse(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static Map<String, Object> orElseMap(Map<String, Object> preferred, Map<String, Object> fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static String text(ObjectNode body, String field, String current, List<String> errors,
            boolean nullable) {
        JsonNode node = body.get(field);
        if (node == null) {
            return current;
        }
        if (node.isNull()) {
            if (!nullable) {
                errors.add(field + " must not be null");
            }
            return nullable ? null : current;
        }
        if (!node.isTextual()) {
            errors.add(field + " must be a string");
            return current;
        }
        if (!nullable && node.asText().isBlank()) {
            errors.add(field + " should not be empty");
            return current;
        }
        return node.asText();
    }

    private static Map<String, Object> object(ObjectNode body, String field, Map<String, Object> current,
            List<String> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return current;
        }
        if (!node.isObject()) {
            errors.add(field + " must be an object");
            return current;
        }
        return JsonValues.toMap(node);
    }
}
