package dev.connect.sandbox.http;

import dev.connect.sandbox.catalogue.Connector;
import dev.connect.sandbox.catalogue.ConnectorCatalogue;
import dev.connect.sandbox.catalogue.Logos;
import dev.connect.sandbox.core.ApiError;
import dev.connect.sandbox.core.SessionService;
import dev.connect.sandbox.state.ConnectSession;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The sandbox's browser-facing pages: the hosted Hub behind {@code auth_link_url}, {@code connect.js} and the
 * embedded Hub page it frames, the generated logos and the bundled web component.
 */
public final class Pages {

    public static final String HOSTED_HUB = "/connect/hub";

    private final SessionService sessions;
    private final ConnectorCatalogue catalogue;

    public Pages(SessionService sessions, ConnectorCatalogue catalogue) {
        this.sessions = sessions;
        this.catalogue = catalogue;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", this::index);
        routes.get(HOSTED_HUB, this::hostedHub);
        routes.get(HubComponent.PATH, this::component);
        routes.get(ConnectScript.PATH, ConnectScript::script);
        routes.get(ConnectScript.EMBED_PATH, ConnectScript::embeddedHub);
        routes.get("/assets/logos/{file}", this::logo);
    }

    private void index(Context ctx) {
        ctx.html(Html.page("StackOne sandbox", "<h1>StackOne sandbox</h1>"
                + "<p>A local stand-in for StackOne: the REST API (<code>/connect_sessions</code>, "
                + "<code>/accounts</code>), the Hub's API (<code>/hub/*</code>), hosted Hub pages "
                + "(<code>" + HOSTED_HUB + "?token=…</code>) and signed webhooks.</p>"
                + "<p><code>" + ConnectScript.PATH + "</code>: <code>Connect.start({sessionToken, onSuccess, "
                + "onCancel, onClose})</code>, StackOne's script library, opening the genuine Hub.</p>"
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
}
