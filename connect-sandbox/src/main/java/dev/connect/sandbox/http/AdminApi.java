package dev.connect.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connect.sandbox.faults.HttpFault;
import dev.connect.sandbox.webhooks.WebhookDeliveryAttempt;
import dev.connect.sandbox.faults.WebhookFault;
import dev.connect.sandbox.catalogue.ConnectorCatalogue;
import dev.connect.sandbox.core.AccountService;
import dev.connect.sandbox.core.ApiError;
import dev.connect.sandbox.faults.HttpFaultRegistry;
import dev.connect.sandbox.faults.WebhookFaultRegistry;
import dev.connect.sandbox.webhooks.WebhookDispatcher;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /_sandbox/*}: the delivery log, webhook targets, and faults on demand. Loopback callers only. */
public final class AdminApi {

    private final HttpFaultRegistry httpFaults;
    private final WebhookFaultRegistry webhookFaults;
    private final WebhookDispatcher webhooks;
    private final AccountService accounts;
    private final ConnectorCatalogue catalogue;

    public AdminApi(HttpFaultRegistry httpFaults, WebhookFaultRegistry webhookFaults, WebhookDispatcher webhooks,
            AccountService accounts, ConnectorCatalogue catalogue) {
        this.httpFaults = httpFaults;
        this.webhookFaults = webhookFaults;
        this.webhooks = webhooks;
        this.accounts = accounts;
        this.catalogue = catalogue;
    }

    public void register(RoutesConfig routes) {
        routes.get("/_sandbox/webhooks/deliveries", this::deliveries);
        routes.delete("/_sandbox/webhooks/deliveries", ctx -> {
            webhooks.clearLog();
            ctx.status(204);
        });
        routes.get("/_sandbox/webhooks/targets", ctx -> Json.write(ctx, 200, targets()));
        routes.post("/_sandbox/webhooks/targets", this::addTarget);
        routes.get("/_sandbox/webhooks/faults", ctx -> Json.write(ctx, 200, webhookFaults.active().stream()
                .map(a -> webhookFault(a.fault(), a.remaining())).toList()));
        routes.post("/_sandbox/webhooks/faults", this::addWebhookFault);
        routes.delete("/_sandbox/webhooks/faults", ctx -> {
            webhookFaults.clear();
            ctx.status(204);
        });
        routes.post("/_sandbox/webhooks/redeliver", this::redeliver);
        routes.get("/_sandbox/faults", ctx -> Json.write(ctx, 200, httpFaults.active().stream()
                .map(a -> httpFault(a.fault(), a.remaining())).toList()));
        routes.post("/_sandbox/faults", this::addHttpFault);
        routes.delete("/_sandbox/faults", ctx -> {
            httpFaults.clear();
            ctx.status(204);
        });
        routes.post("/_sandbox/accounts/{id}/status", this::setStatus);
        routes.get("/_sandbox/connectors", ctx -> Json.write(ctx, 200, catalogue.all().stream()
                .map(c -> Map.of("provider", c.provider(), "name", c.name(), "category", c.category(),
                        "auth_type", c.authType(), "integration_id", c.integrationId()))
                .toList()));
    }

    private void deliveries(Context ctx) {
        Json.write(ctx, 200, webhooks.log().stream().map(AdminApi::attempt).toList());
    }

    static Map<String, Object> attempt(WebhookDeliveryAttempt a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("delivery_id", a.deliveryId());
        json.put("attempt", a.attempt());
        json.put("url", a.url());
        json.put("event", a.event());
        json.put("account_id", a.accountId());
        json.put("status_code", a.statusCode());
        json.put("error", a.error());
        json.put("at", Json.timestamp(a.at()));
        json.put("succeeded", a.succeeded());
        json.put("signature_corrupted", a.signatureCorrupted());
        json.put("note", a.note());
        json.put("signature", a.signature());
        json.put("body", a.body());
        return json;
    }

    private Map<String, Object> targets() {
        return Map.of("targets", webhooks.targets().stream().map(URI::toString).toList());
    }

    private void addTarget(Context ctx) {
        String url = requiredText(Json.objectBody(ctx), "url");
        URI target;
        try {
            target = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw ApiError.validation(List.of("url must be an absolute http(s) URL"));
        }
        if (target.getScheme() == null || !target.getScheme().startsWith("http") || target.getHost() == null) {
            throw ApiError.validation(List.of("url must be an absolute http(s) URL"));
        }
        webhooks.addTarget(target);
        Json.write(ctx, 201, targets());
    }

    private void addWebhookFault(Context ctx) {
        ObjectNode body = Json.objectBody(ctx);
        try {
            WebhookFault fault = new WebhookFault(WebhookFault.Kind.parse(requiredText(body, "kind")),
                    intField(body, "times", 1), Duration.ofMillis(intField(body, "delay_ms", 0)));
            webhookFaults.add(fault);
            Json.write(ctx, 201, webhookFault(fault, fault.times()));
        } catch (IllegalArgumentException e) {
            throw ApiError.validation(List.of(e.getMessage() == null ? "invalid fault" : e.getMessage()
                    + " (kinds: duplicate, delay, corrupt_signature, reorder, drop)"));
        }
    }

    private void redeliver(Context ctx) {
        String raw = ctx.body();
        Long id = null;
        if (raw != null && !raw.isBlank()) {
            JsonNode node = Json.objectBody(ctx).get("delivery_id");
            if (node != null && !node.isNull()) {
                if (!node.canConvertToLong()) {
                    throw ApiError.validation(List.of("delivery_id must be a number"));
                }
                id = node.asLong();
            }
        }
        long target = id != null ? id
                : webhooks.lastDeliveryId().orElseThrow(() -> ApiError.notFound("No delivery to redeliver yet"));
        long redelivery = webhooks.redeliver(target)
                .orElseThrow(() -> ApiError.notFound("Delivery " + target + " not found"));
        Json.write(ctx, 202, Map.of("delivery_id", redelivery, "redelivery_of", target));
    }

    private void addHttpFault(Context ctx) {
        ObjectNode body = Json.objectBody(ctx);
        try {
            HttpFault.Kind kind = HttpFault.Kind.parse(requiredText(body, "kind"));
            Integer retryAfter = body.hasNonNull("retry_after") ? intField(body, "retry_after", 0) : null;
            HttpFault fault = new HttpFault(text(body, "method"), text(body, "path"), kind,
                    intField(body, "status", 0), retryAfter, Duration.ofMillis(intField(body, "delay_ms", 0)),
                    intField(body, "times", 1));
            httpFaults.add(fault);
            Json.write(ctx, 201, httpFault(fault, fault.times()));
        } catch (IllegalArgumentException e) {
            throw ApiError.validation(List.of(e.getMessage() == null ? "invalid fault" : e.getMessage()
                    + " (kinds: status, slow, drop)"));
        }
    }

    private void setStatus(Context ctx) {
        ObjectNode body = Json.objectBody(ctx);
        String status = requiredText(body, "status");
        Json.write(ctx, 200, Views.account(accounts.setStatus(ctx.pathParam("id"), status, text(body, "reason"))));
    }

    private static Map<String, Object> httpFault(HttpFault f, int remaining) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("method", f.method());
        json.put("path", f.pathPattern());
        json.put("kind", f.kind().name().toLowerCase());
        json.put("status", f.status());
        json.put("retry_after", f.retryAfterSeconds());
        json.put("delay_ms", f.delay().toMillis());
        json.put("remaining", remaining);
        return json;
    }

    private static Map<String, Object> webhookFault(WebhookFault f, int remaining) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", f.kind().name().toLowerCase());
        json.put("delay_ms", f.delay().toMillis());
        json.put("remaining", remaining);
        return json;
    }

    private static String requiredText(ObjectNode body, String field) {
        String value = text(body, field);
        if (value == null || value.isBlank()) {
            throw ApiError.validation(List.of(field + " is required"));
        }
        return value;
    }

    private static String text(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static int intField(ObjectNode body, String field, int fallback) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.asInt();
        }
        if (node.isTextual() && node.asText().matches("-?\\d{1,9}")) {
            return Integer.parseInt(node.asText());
        }
        throw ApiError.validation(List.of(field + " must be an integer"));
    }
}
