package dev.connect.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connect.sandbox.catalogue.Connector;
import dev.connect.sandbox.core.AccountQuery;
import dev.connect.sandbox.core.AccountService;
import dev.connect.sandbox.core.ApiError;
import dev.connect.sandbox.core.SessionService;
import dev.connect.sandbox.state.Account;
import dev.connect.sandbox.state.ConnectSession;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** StackOne's REST API subset: connect sessions and linked accounts (Basic auth is checked before these run). */
public final class RestApi {

    private static final Map<String, List<String>> MODELS_BY_CATEGORY = Map.of(
            "hris", List.of("employees", "employments", "locations", "time_off", "departments"),
            "ats", List.of("jobs", "candidates", "applications", "interviews", "offers"),
            "crm", List.of("contacts", "accounts", "lists"));

    private final SessionService sessions;
    private final AccountService accounts;
    private final Supplier<URI> publicBase;

    public RestApi(SessionService sessions, AccountService accounts, Supplier<URI> publicBase) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.publicBase = publicBase;
    }

    public void register(RoutesConfig routes) {
        routes.post("/connect_sessions", this::createSession);
        routes.post("/connect_sessions/authenticate", this::authenticate);
        routes.get("/accounts", this::list);
        routes.get("/accounts/{id}", ctx -> Json.write(ctx, 200, Views.account(accounts.get(ctx.pathParam("id")))));
        routes.patch("/accounts/{id}", this::patch);
        routes.delete("/accounts/{id}",
                ctx -> Json.write(ctx, 200, Views.account(accounts.delete(ctx.pathParam("id")))));
        routes.get("/accounts/{id}/meta", this::meta);
    }

    private void createSession(Context ctx) {
        ConnectSession session = sessions.create(Json.objectBody(ctx));
        Json.write(ctx, 201, Views.session(session, sessions.organizationId(), true, publicBase.get()));
    }

    private void authenticate(Context ctx) {
        ObjectNode body = Json.objectBody(ctx);
        JsonNode token = body.get("token");
        if (token == null || !token.isTextual() || token.asText().isBlank()) {
            throw ApiError.validation(List.of("token is required"));
        }
        ConnectSession session = sessions.live(token.asText())
                .orElseThrow(() -> ApiError.badRequest("Invalid or expired connect session token"));
        Json.write(ctx, 201, Views.session(session, sessions.organizationId(), false, publicBase.get()));
    }

    private void list(Context ctx) {
        List<String> errors = new ArrayList<>();
        List<String> owners = new ArrayList<>(values(ctx, "origin_owner_ids"));
        owners.addAll(values(ctx, "origin_owner_id"));
        List<String> providers = new ArrayList<>(values(ctx, "providers"));
        providers.addAll(values(ctx, "provider"));
        int page = positiveInt(ctx, "page", 1, errors);
        int pageSize = positiveInt(ctx, "page_size", AccountQuery.DEFAULT_PAGE_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ApiError.validation(errors);
        }
        AccountQuery query = new AccountQuery(owners, providers, values(ctx, "account_ids"), values(ctx, "status"),
                page, pageSize);
        Json.write(ctx, 200, accounts.list(query).stream().map(Views::account).toList());
    }

    private void patch(Context ctx) {
        String id = ctx.pathParam("id");
        accounts.get(id);
        Json.write(ctx, 200, Views.account(accounts.patch(id, Json.objectBody(ctx))));
    }

    private void meta(Context ctx) {
        Account account = accounts.get(ctx.pathParam("id"));
        Connector connector = accounts.connectorOf(account);
        String category = connector != null ? connector.category() : account.category();
        Map<String, Object> models = new LinkedHashMap<>();
        for (String model : MODELS_BY_CATEGORY.getOrDefault(category, List.of())) {
            models.put(model, Map.of("read", true));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("provider", account.provider());
        json.put("category", category);
        json.put("models", models);
        Json.write(ctx, 200, json);
    }

    /** A repeated query parameter; blank values are ignored. */
    private static List<String> values(Context ctx, String name) {
        List<String> result = new ArrayList<>();
        for (String value : ctx.queryParams(name)) {
            if (value != null && !value.isBlank()) {
                result.add(value);
            }
        }
        return result;
    }

    private static int positiveInt(Context ctx, String name, int fallback, List<String> errors) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(name + " must be a positive integer");
        return fallback;
    }
}
