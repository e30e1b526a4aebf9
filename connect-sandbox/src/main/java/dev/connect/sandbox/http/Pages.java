package dev.connect.sandbox.http;

import dev.connect.sandbox.catalogue.Connector;
import dev.connect.sandbox.catalogue.ConnectorCatalogue;
import dev.connect.sandbox.catalogue.ConnectorField;
import dev.connect.sandbox.catalogue.Logos;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's browser-facing pages: the hosted Hub behind {@code auth_link_url}, the simulated OAuth consent
 * popup, the generated logos and the bundled web component.
 */
public final class Pages {

    public static final String HOSTED_HUB = "/connect/hub";

    private final SessionService sessions;
    private final AccountService accounts;
    private final ConnectorCatalogue catalogue;
    private final CredentialCheck credentialCheck;
    private final SandboxState state;

    public Pages(SessionService sessions, AccountService accounts, ConnectorCatalogue catalogue,
            CredentialCheck credentialCheck, SandboxState state) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.credentialCheck = credentialCheck;
        this.state = state;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", this::index);
        routes.get(HOSTED_HUB, this::hostedHub);
        routes.get(HubComponent.PATH, this::component);
        routes.get("/assets/logos/{file}", this::logo);
        routes.get("/connect/oauth2/{integrationId}", this::consent);
        routes.post("/connect/oauth2/{integrationId}", this::decide);
    }

    private void index(Context ctx) {
        ctx.html(Html.page("StackOne sandbox", "<h1>StackOne sandbox</h1>"
                + "<p>A local stand-in for StackOne: the REST API (<code>/connect_sessions</code>, "
                + "<code>/accounts</code>), the Hub's API (<code>/hub/*</code>), hosted Hub pages "
                + "(<code>" + HOSTED_HUB + "?token=…</code>) and signed webhooks.</p>"
                + "<p class=\"muted\">Admin: <code>/_sandbox/webhooks/deliveries</code>, "
                + "<code>/_sandbox/faults</code>. Hub component bundled: "
                + (HubComponent.bytes().isPresent() ? "yes" : "no — build the module with Maven") + ".</p>"));
    }

    private void hostedHub(Context ctx) {
        Optional<ConnectSession> session = sessions.live(ctx.queryParam("token"));
        if (session.isEmpty()) {
            ctx.status(404).html(Html.page("Link expired", "<h1>This link is not valid</h1>"
                    + "<p>The link has expired or was never issued. Ask for a new one.</p>"));
            return;
        }
        ctx.header("Cache-Control", "no-store");
        ctx.html(hostedHubPage(session.get()));
    }

    /** Sets {@code base-url} before {@code token}: the Hub caches without the base URL. */
    private static String hostedHubPage(ConnectSession session) {
        String owner = Html.escape(session.originOwnerName());
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Connect your account</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:0;background:#f5f6f8}"
                + "main{max-width:640px;margin:24px auto;padding:0 12px}#status{margin:12px 0;color:#1d2433}"
                + "</style></head><body><main>"
                + "<h1 style=\"font-size:20px\">Connect an account for " + owner + "</h1>"
                + "<div id=\"status\" role=\"status\"></div>"
                + "<div id=\"hub-container\"></div>"
                + "<script src=\"" + HubComponent.PATH + "\"></script>"
                + "<script>\n"
                + "(function () {\n"
                + "  window.__hubEvents = [];\n"
                + "  var status = document.getElementById('status');\n"
                + "  var token = new URLSearchParams(window.location.search).get('token');\n"
                + "  if (!window.customElements || !customElements.get('stackone-hub')) {\n"
                + "    status.textContent = 'The Hub component is missing: build connect-sandbox with Maven.';\n"
                + "    return;\n"
                + "  }\n"
                + "  var hub = document.createElement('stackone-hub');\n"
                + "  hub.setAttribute('base-url', window.location.origin);\n"
                + "  hub.setAttribute('app-url', window.location.origin);\n"
                + "  hub.setAttribute('token', token);\n"
                + "  hub.addEventListener('success', function (e) {\n"
                + "    window.__hubEvents.push({type: 'success', detail: e.detail});\n"
                + "    status.textContent = 'Connected: ' + e.detail.provider + ' (account ' + e.detail.id + ')';\n"
                + "  });\n"
                + "  hub.addEventListener('close', function () {\n"
                + "    window.__hubEvents.push({type: 'close'});\n"
                + "  });\n"
                + "  document.getElementById('hub-container').appendChild(hub);\n"
                + "})();\n"
                + "</script></main></body></html>";
    }

    private void component(Context ctx) {
        Optional<byte[]> bytes = HubComponent.bytes();
        if (bytes.isEmpty()) {
            Json.error(ctx, ApiError.notFound("The Hub web component is not bundled: build connect-sandbox with "
                    + "Maven (it fetches @stackone/hub with npm)"));
            return;
        }
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType("application/javascript; charset=utf-8").result(bytes.get());
    }

    private void logo(Context ctx) {
        String file = ctx.pathParam("file");
        String provider = file.endsWith(".svg") ? file.substring(0, file.length() - 4) : file;
        Connector connector = catalogue.byProvider(provider)
                .orElseThrow(() -> ApiError.notFound("No logo for " + provider));
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.contentType("image/svg+xml").result(Logos.svg(connector));
    }

    private void consent(Context ctx) {
        Optional<ConnectSession> session = sessions.live(ctx.queryParam("token"));
        Optional<Connector> connector = catalogue.byIntegrationId(ctx.pathParam("integrationId"));
        String attemptId = ctx.queryParam("connection_attempt_id");
        if (session.isEmpty() || connector.isEmpty() || attemptId == null
                || state.attempt(attemptId).filter(a -> a.sessionToken().equals(session.get().token())).isEmpty()) {
            ctx.status(400).html(Html.page("Sign-in failed", "<h1>This sign-in link is not valid</h1>"
                    + "<p>It has expired or was not started by the Hub. Close this window and try again.</p>"));
            return;
        }
        Connector c = connector.get();
        StringBuilder hidden = new StringBuilder();
        hidden.append(hiddenInput("token", session.get().token()));
        hidden.append(hiddenInput("connection_attempt_id", attemptId));
        for (ConnectorField field : c.fields()) {
            String value = ctx.queryParam(field.key());
            if (value != null) {
                hidden.append(hiddenInput("field." + field.key(), value));
            }
        }
        ctx.header("Cache-Control", "no-store");
        ctx.html(Html.page("Sign in to " + c.name(), "<h1>" + Html.escape(c.name()) + " (sandbox)</h1>"
                + "<p><strong>" + Html.escape(session.get().originOwnerName()) + "</strong> wants to connect your "
                + Html.escape(c.name()) + " account.</p>"
                + "<p class=\"muted\">This consent page is simulated by the StackOne sandbox; no data leaves this "
                + "machine.</p>"
                + "<form method=\"post\">" + hidden
                + "<button class=\"primary\" type=\"submit\" name=\"decision\" value=\"approve\" id=\"approve\">"
                + "Approve</button>"
                + "<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">Deny</button>"
                + "</form>"));
    }

    private void decide(Context ctx) {
        Optional<ConnectSession> session = sessions.live(ctx.formParam("token"));
        Optional<Connector> connector = catalogue.byIntegrationId(ctx.pathParam("integrationId"));
        Optional<ConnectionAttempt> attempt = session.flatMap(s -> state.attempt(ctx.formParam(
                "connection_attempt_id")).filter(a -> a.sessionToken().equals(s.token())));
        if (session.isEmpty() || connector.isEmpty() || attempt.isEmpty()
                || !attempt.get().status().equals(ConnectionAttempt.PENDING)) {
            ctx.status(400).html(Html.page("Sign-in failed", "<h1>This sign-in is no longer pending</h1>"
                    + "<p>Close this window and try again from the Hub.</p>" + closeScript()));
            return;
        }
        if (!"approve".equals(ctx.formParam("decision"))) {
            state.saveAttempt(attempt.get().failed("access_denied", "The user denied access"));
            ctx.html(Html.page("Access denied", "<h1>Access denied</h1><p>You can close this window.</p>"
                    + closeScript()));
            return;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ConnectorField field : connector.get().fields()) {
            String value = ctx.formParam("field." + field.key());
            if (value != null) {
                values.put(field.key(), value);
            }
        }
        try {
            credentialCheck.check(connector.get(), values);
        } catch (ApiError e) {
            state.saveAttempt(attempt.get().failed("invalid_request", e.getMessage()));
            ctx.html(Html.page("Sign-in failed", "<h1>Sign-in failed</h1><p>" + Html.escape(e.getMessage())
                    + "</p>" + closeScript()));
            return;
        }
        values.put("access_token", Ids.token());
        values.put("refresh_token", Ids.token());
        Account account = accounts.link(session.get(), oauthSecrets(connector.get()), values);
        state.saveAttempt(attempt.get().authenticated(account.id()));
        ctx.html(Html.page("Connected", "<h1>Connected</h1><p>" + Html.escape(connector.get().name())
                + " is connected. This window closes itself.</p>" + closeScript()));
    }

    /** The connector with its OAuth tokens declared secret, so they land in credentials, not setup information. */
    private static Connector oauthSecrets(Connector connector) {
        java.util.List<ConnectorField> fields = new java.util.ArrayList<>(connector.fields());
        fields.add(new ConnectorField("access_token", "hidden", "Access token", false, true, null, null, null, null,
                null));
        fields.add(new ConnectorField("refresh_token", "hidden", "Refresh token", false, true, null, null, null,
                null, null));
        return new Connector(connector.provider(), connector.name(), connector.category(), connector.authType(),
                connector.color(), fields, connector.notice());
    }

    private static String hiddenInput(String name, String value) {
        return "<input type=\"hidden\" name=\"" + Html.escape(name) + "\" value=\"" + Html.escape(value) + "\">";
    }

    private static String closeScript() {
        return "<script>setTimeout(function () { window.close(); }, 300);</script>";
    }
}
