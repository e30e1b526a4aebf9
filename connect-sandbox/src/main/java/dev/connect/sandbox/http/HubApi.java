package dev.connect.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connect.sandbox.catalogue.Connector;
import dev.connect.sandbox.catalogue.ConnectorCatalogue;
import dev.connect.sandbox.core.AccountService;
import dev.connect.sandbox.core.ApiError;
import dev.connect.sandbox.core.CredentialCheck;
import dev.connect.sandbox.core.Ids;
import dev.connect.sandbox.core.SessionService;
import dev.connect.sandbox.state.Account;
import dev.connect.sandbox.state.ConnectSession;
import dev.connect.sandbox.state.ConnectionAttempt;
import dev.connect.sandbox.state.SandboxState;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The API the genuine {@code <stackone-hub>} calls with {@code x-hub-session-token}. A missing, unknown or expired
 * token answers 401, which the Hub treats as "nothing configured".
 */
public final class HubApi {

    public static final String TOKEN_HEADER = "x-hub-session-token";
    static final String SECRET_PLACEHOLDER = "__secretvalue:**redacted**";
    static final Duration ATTEMPT_LIFETIME = Duration.ofMinutes(10);

    private final SessionService sessions;
    private final AccountService accounts;
    private final ConnectorCatalogue catalogue;
    private final CredentialCheck credentialCheck;
    private final SandboxState state;
    private final Clock clock;
    private final Supplier<URI> publicBase;
    private final String badCredentialsValue;

    public HubApi(SessionService sessions, AccountService accounts, ConnectorCatalogue catalogue,
            CredentialCheck credentialCheck, SandboxState state, Clock clock, Supplier<URI> publicBase,
            String badCredentialsValue) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.credentialCheck = credentialCheck;
        this.state = state;
        this.clock = clock;
        this.publicBase = publicBase;
        this.badCredentialsValue = badCredentialsValue;
    }

    public void register(RoutesConfig routes) {
        routes.get("/hub/settings", this::settings);
        routes.get("/hub/connectors", this::connectors);
        routes.get("/hub/connectors/{integrationId}", this::connectorConfig);
        routes.post("/hub/accounts", this::createAccount);
        routes.get("/hub/accounts/{id}", this::getAccount);
        routes.patch("/hub/accounts/{id}", this::patchAccount);
        routes.post("/hub/connection_attempts", this::createAttempt);
        routes.get("/hub/connection_attempts/{id}", this::getAttempt);
        routes.delete("/hub/connection_attempts/{id}", this::cancelAttempt);
    }

    private ConnectSession session(Context ctx) {
        return sessions.live(ctx.header(TOKEN_HEADER))
                .orElseThrow(() -> ApiError.of(401, "Invalid or expired session token"));
    }

    private void settings(Context ctx) {
        ConnectSession session = session(ctx);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("enabled_features", List.of());
        accounts.targetOf(session, session.provider()).ifPresent(a -> json.put("existing_account_id", a.id()));
        Json.write(ctx, 200, json);
    }

    /** The connectors this session may use: its provider, categories and auth config narrow the catalogue. */
    List<Connector> allowed(ConnectSession session) {
        String accountProvider = session.accountId() == null ? null
                : state.account(session.accountId()).map(Account::provider).orElse(null);
        return catalogue.all().stream()
                .filter(c -> session.provider() == null || c.provider().equals(session.provider()))
                .filter(c -> accountProvider == null || c.provider().equals(accountProvider))
                .filter(c -> session.categories() == null || session.categories().isEmpty()
                        || session.categories().contains(c.category()))
                .filter(c -> session.integrationId() == null || c.integrationId().equals(session.integrationId()))
                .toList();
    }

    private Connector allowedConnector(ConnectSession session, String integrationId) {
        return allowed(session).stream()
                .filter(c -> c.integrationId().equals(integrationId))
                .findFirst()
                .orElseThrow(() -> ApiError.notFound("Integration " + integrationId + " not found"));
    }

    private void connectors(Context ctx) {
        ConnectSession session = session(ctx);
        String provider = ctx.queryParam("provider");
        List<Map<String, Object>> integrations = allowed(session).stream()
                .filter(c -> provider == null || provider.isBlank() || c.provider().equals(provider))
                .map(c -> Views.integration(c, publicBase.get()))
                .toList();
        Json.write(ctx, 200, Map.of("integrations", integrations));
    }

    private void connectorConfig(Context ctx) {
        Connector connector = allowedConnector(session(ctx), ctx.pathParam("integrationId"));
        Json.write(ctx, 200, Views.connectorConfig(connector, publicBase.get(), badCredentialsValue));
    }

    private void createAccount(Context ctx) {
        ConnectSession session = session(ctx);
        ObjectNode body = Json.objectBody(ctx);
        Connector connector = allowedConnector(session, text(body, "integration_id"));
        if (connector.isOauth()) {
            throw ApiError.badRequest(connector.name() + " links through OAuth, not with credentials");
        }
        Map<String, Object> credentials = credentials(body);
        credentialCheck.check(connector, credentials);
        Account account = accounts.link(session, connector, credentials);
        Json.write(ctx, 201, Map.of("id", account.id(), "provider", account.provider()));
    }

    private Account sessionAccount(ConnectSession session, String id) {
        Account account = accounts.find(id).orElseThrow(() -> ApiError.notFound("Account " + id + " not found"));
        boolean targeted = accounts.targetOf(session, account.provider()).map(a -> a.id().equals(id)).orElse(false);
        if (!targeted) {
            throw ApiError.notFound("Account " + id + " not found");
        }
        return account;
    }

    private void getAccount(Context ctx) {
        Account account = sessionAccount(session(ctx), ctx.pathParam("id"));
        Map<String, Object> secrets = new LinkedHashMap<>();
        account.credentials().keySet().forEach(key -> secrets.put(key, SECRET_PLACEHOLDER));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("provider", account.provider());
        json.put("integrationId", account.integrationId());
        json.put("setupInformation", account.setupInformation());
        json.put("secrets", secrets);
        Json.write(ctx, 200, json);
    }

    private void patchAccount(Context ctx) {
        ConnectSession session = session(ctx);
        Account account = sessionAccount(session, ctx.pathParam("id"));
        ObjectNode body = Json.objectBody(ctx);
        String integrationId = body.hasNonNull("integration_id") ? text(body, "integration_id")
                : account.integrationId();
        Connector connector = allowedConnector(session, integrationId);
        Map<String, Object> provided = credentials(body);
        provided.values().removeIf(v -> String.valueOf(v).startsWith(SECRET_PLACEHOLDER));
        Map<String, Object> merged = new LinkedHashMap<>(account.setupInformation());
        merged.putAll(account.credentials());
        merged.putAll(provided);
        credentialCheck.check(connector, merged);
        Account updated = accounts.relink(account, connector, provided);
        Json.write(ctx, 200, Map.of("id", updated.id(), "provider", updated.provider()));
    }

    private void createAttempt(Context ctx) {
        ConnectSession session = session(ctx);
        ConnectionAttempt attempt = new ConnectionAttempt(Ids.attemptId(), session.token(),
                ConnectionAttempt.PENDING, null, null, null, clock.instant());
        state.saveAttempt(attempt);
        Json.write(ctx, 201, Map.of("id", attempt.id()));
    }

    /** The attempt, if it belongs to this session; a pending one past its lifetime turns expired. */
    ConnectionAttempt attemptOf(ConnectSession session, String id) {
        ConnectionAttempt attempt = state.attempt(id)
                .filter(a -> a.sessionToken().equals(session.token()))
                .orElseThrow(() -> ApiError.notFound("Connection attempt " + id + " not found"));
        if (attempt.status().equals(ConnectionAttempt.PENDING)
                && clock.instant().isAfter(attempt.createdAt().plus(ATTEMPT_LIFETIME))) {
            attempt = attempt.expired();
            state.saveAttempt(attempt);
        }
        return attempt;
    }

    private void getAttempt(Context ctx) {
        ConnectionAttempt attempt = attemptOf(session(ctx), ctx.pathParam("id"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", attempt.id());
        json.put("status", attempt.status());
        json.put("account", attempt.accountId() == null ? null : Map.of("id", attempt.accountId()));
        json.put("error", attempt.errorCode() == null ? null
                : Map.of("code", attempt.errorCode(), "description", attempt.errorDescription()));
        Json.write(ctx, 200, json);
    }

    private void cancelAttempt(Context ctx) {
        ConnectionAttempt attempt = attemptOf(session(ctx), ctx.pathParam("id"));
        if (attempt.status().equals(ConnectionAttempt.PENDING)) {
            attempt = attempt.cancelled();
            state.saveAttempt(attempt);
        }
        Json.write(ctx, 200, Map.of("id", attempt.id(), "status", attempt.status()));
    }

    private static String text(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw ApiError.validation(List.of(field + " is required"));
        }
        return node.asText();
    }

    /** The {@code credentials} object, flattened: the Hub nests keys with dots into objects. */
    private static Map<String, Object> credentials(ObjectNode body) {
        JsonNode node = body.get("credentials");
        if (node == null || node.isNull()) {
            return new LinkedHashMap<>();
        }
        if (!node.isObject()) {
            throw ApiError.validation(List.of("credentials must be an object"));
        }
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", node, flat);
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Object> into) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = prefix + field.getKey();
            if (field.getValue().isObject()) {
                flatten(key + ".", field.getValue(), into);
            } else if (!field.getValue().isNull()) {
                into.put(key, field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString());
            }
        }
    }
}
