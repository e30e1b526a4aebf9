package dev.connect.sandbox.http;

import dev.connect.sandbox.catalogue.Connector;
import dev.connect.sandbox.catalogue.ConnectorCatalogue;
import dev.connect.sandbox.catalogue.ConnectorField;
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
 * The simulated provider sign-in the Hub opens in a popup for OAuth connectors: Approve links the account (fake
 * tokens as credentials, the form's values as setup information) and marks the connection attempt
 * {@code authenticated}; Deny marks it {@code error}. Either way the window closes itself and the Hub, polling
 * the attempt, takes over.
 */
public final class OAuthConsent {

    private final SessionService sessions;
    private final AccountService accounts;
    private final ConnectorCatalogue catalogue;
    private final CredentialCheck credentialCheck;
    private final SandboxState state;

    public OAuthConsent(SessionService sessions, AccountService accounts, ConnectorCatalogue catalogue,
            CredentialCheck credentialCheck, SandboxState state) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.credentialCheck = credentialCheck;
        this.state = state;
    }

    public void register(RoutesConfig routes) {
        routes.get("/connect/oauth2/{integrationId}", this::consent);
        routes.post("/connect/oauth2/{integrationId}", this::decide);
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
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("access_token", Ids.token());
        tokens.put("refresh_token", Ids.token());
        Account account = accounts.link(session.get(), connector.get(), values, tokens);
        state.saveAttempt(attempt.get().authenticated(account.id()));
        ctx.html(Html.page("Connected", "<h1>Connected</h1><p>" + Html.escape(connector.get().name())
                + " is connected. This window closes itself.</p>" + closeScript()));
    }

    private static String hiddenInput(String name, String value) {
        return "<input type=\"hidden\" name=\"" + Html.escape(name) + "\" value=\"" + Html.escape(value) + "\">";
    }

    private static String closeScript() {
        return "<script>setTimeout(function () { window.close(); }, 300);</script>";
    }
}
