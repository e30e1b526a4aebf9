package dev.connect.sandbox.http;

import dev.connect.sandbox.catalogue.Connector;
import dev.connect.sandbox.catalogue.ConnectorField;
import dev.connect.sandbox.state.Account;
import dev.connect.sandbox.state.ConnectSession;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON shapes of the sandbox's answers, exactly as StackOne's documentation names the fields. */
public final class Views {

    private Views() {
    }

    public static Map<String, Object> session(ConnectSession s, long organizationId, boolean withToken, URI publicBase) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("organization_id", organizationId);
        json.put("project_id", s.projectId());
        json.put("origin_owner_id", s.originOwnerId());
        json.put("origin_owner_name", s.originOwnerName());
        putIfPresent(json, "origin_username", s.originUsername());
        putIfPresent(json, "provider", s.provider());
        putIfPresent(json, "account_id", s.accountId());
        putIfPresent(json, "label", s.label());
        putIfPresent(json, "integration_id", s.integrationId());
        putIfPresent(json, "categories", s.categories());
        putIfPresent(json, "metadata", s.metadata());
        json.put("type", s.type());
        json.put("created_at", Json.timestamp(s.createdAt()));
        if (withToken) {
            json.put("token", s.token());
            json.put("auth_link_url", authLink(publicBase, s.token()));
        }
        return json;
    }

    /** The hosted Hub page for a session. */
    public static String authLink(URI publicBase, String token) {
        return base(publicBase) + "/connect/hub?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public static String base(URI publicBase) {
        String text = publicBase.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** An account as the REST API shows it: never its credentials. */
    public static Map<String, Object> account(Account a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.id());
        json.put("provider", a.provider());
        putIfPresent(json, "provider_name", a.providerName());
        json.put("status", a.status());
        if (!a.statusReasons().isEmpty()) {
            json.put("status_reasons", a.statusReasons());
        }
        json.put("origin_owner_id", a.originOwnerId());
        json.put("origin_owner_name", a.originOwnerName());
        putIfPresent(json, "origin_username", a.originUsername());
        putIfPresent(json, "label", a.label());
        json.put("setup_information", a.setupInformation());
        putIfPresent(json, "type", a.type());
        json.put("created_at", Json.timestamp(a.createdAt()));
        json.put("updated_at", Json.timestamp(a.updatedAt()));
        return json;
    }

    public static Map<String, Object> integration(Connector c, URI publicBase) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("integration_id", c.integrationId());
        json.put("provider", c.provider());
        json.put("name", c.name());
        json.put("type", c.category());
        json.put("active", true);
        json.put("logo_url", logoUrl(c, publicBase));
        json.put("version", "1.0.0");
        json.put("authentication_config_key", c.isOauth() ? "oauth2" : "api_key");
        json.put("environment", "production");
        return json;
    }

    public static String logoUrl(Connector c, URI publicBase) {
        return base(publicBase) + "/assets/logos/" + c.provider() + ".svg";
    }

    /** {@code GET /hub/connectors/{integration_id}}: the form the Hub renders. */
    public static Map<String, Object> connectorConfig(Connector c, URI publicBase, String badCredentialsValue) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("key", c.provider());
        config.put("name", c.name());
        config.put("type", c.authType());
        if (c.isOauth()) {
            config.put("grantType", "authorization_code");
        }
        List<Map<String, Object>> fields = new ArrayList<>();
        for (ConnectorField f : c.fields()) {
            fields.add(field(f));
        }
        config.put("configFields", fields);
        List<Map<String, Object>> notices = new ArrayList<>();
        String sandboxNotice = c.isOauth()
                ? "Sandbox: the sign-in page is simulated; approve it to link a test account."
                : "Sandbox: any value of the right shape is accepted; enter \"" + badCredentialsValue
                        + "\" in any field to see how a provider rejection looks.";
        notices.add(notice("sandbox", sandboxNotice));
        if (c.notice() != null) {
            notices.add(notice("provider", c.notice()));
        }
        config.put("configNotices", notices);
        config.put("assets", Map.of("icon", logoUrl(c, publicBase)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("config", config);
        json.put("hub_settings", Map.of());
        return json;
    }

    private static Map<String, Object> notice(String key, String description) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", key);
        json.put("type", "info");
        json.put("description", description);
        json.put("position", "top");
        return json;
    }

    private static Map<String, Object> field(ConnectorField f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", f.key());
        json.put("type", f.type());
        json.put("label", f.label());
        json.put("required", f.required());
        json.put("readOnly", false);
        json.put("secret", f.secret());
        json.put("display", true);
        putIfPresent(json, "placeholder", f.placeholder());
        putIfPresent(json, "description", f.description());
        if (f.pattern() != null) {
            json.put("validation", Map.of("type", "html-pattern", "pattern", f.pattern(), "error",
                    f.patternError()));
        }
        if (!f.options().isEmpty()) {
            List<Map<String, Object>> options = new ArrayList<>();
            f.options().forEach(o -> options.add(Map.of("label", o.label(), "value", o.value())));
            json.put("options", options);
            json.put("value", f.options().get(0).value());
        }
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
