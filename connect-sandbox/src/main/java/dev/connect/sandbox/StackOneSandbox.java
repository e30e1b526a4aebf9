package dev.connect.sandbox;

import dev.connect.sandbox.webhooks.WebhookDeliveryAttempt;
import dev.connect.sandbox.faults.WebhookFault;
import dev.connect.sandbox.faults.HttpFault;
import dev.connect.sandbox.catalogue.ConnectorCatalogue;
import dev.connect.sandbox.core.AccountService;
import dev.connect.sandbox.core.ApiError;
import dev.connect.sandbox.core.CredentialCheck;
import dev.connect.sandbox.core.SessionService;
import dev.connect.sandbox.faults.HttpFaultRegistry;
import dev.connect.sandbox.faults.WebhookFaultRegistry;
import dev.connect.sandbox.http.AdminApi;
import dev.connect.sandbox.http.ConnectScript;
import dev.connect.sandbox.http.Filters;
import dev.connect.sandbox.http.HubApi;
import dev.connect.sandbox.http.HubComponent;
import dev.connect.sandbox.http.Json;
import dev.connect.sandbox.http.OAuthConsent;
import dev.connect.sandbox.http.Pages;
import dev.connect.sandbox.http.RestApi;
import dev.connect.sandbox.http.Views;
import dev.connect.sandbox.state.SandboxState;
import dev.connect.sandbox.state.StateFile;
import dev.connect.sandbox.webhooks.WebhookDispatcher;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running local StackOne: its REST API, the Hub's API, hosted Hub pages, signed webhooks and faults on demand.
 *
 * <pre>{@code
 * try (StackOneSandbox sandbox = StackOneSandbox.start(SandboxSettings.defaults())) {
 *     URI api = sandbox.baseUrl();                  // e.g. http://127.0.0.1:41234
 *     sandbox.addWebhookTarget(URI.create("http://127.0.0.1:8080/webhooks/stackone"));
 *     sandbox.injectFault(HttpFault.tooManyRequests("GET", "/accounts*", 1, 2));
 *     ...
 *     sandbox.webhookDeliveries();                  // what was sent, and what the target answered
 * }
 * }</pre>
 *
 * Thread-safe. {@link #close()} stops the server and the webhook sender; it is idempotent.
 */
public final class StackOneSandbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StackOneSandbox.class);
    /** One line per request: method, path (never the query, which may hold a token), status and time. */
    private static final Logger REQUESTS = LoggerFactory.getLogger("dev.connect.sandbox.requests");

    /** Classpath location of the genuine {@code @stackone/hub} web component bundled by the build. */
    public static final String HUB_COMPONENT_RESOURCE = HubComponent.RESOURCE;

    private final SandboxSettings settings;
    private final Javalin server;
    private final WebhookDispatcher webhooks;
    private final HttpFaultRegistry httpFaults;
    private final WebhookFaultRegistry webhookFaults;
    private final AccountService accounts;
    private final URI baseUrl;
    private final AtomicBoolean closed = new AtomicBoolean();

    private StackOneSandbox(SandboxSettings settings, Javalin server, WebhookDispatcher webhooks,
            HttpFaultRegistry httpFaults, WebhookFaultRegistry webhookFaults, AccountService accounts) {
        this.settings = settings;
        this.server = server;
        this.webhooks = webhooks;
        this.httpFaults = httpFaults;
        this.webhookFaults = webhookFaults;
        this.accounts = accounts;
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        this.baseUrl = URI.create("http://" + host + ":" + server.port());
    }

    /** Starts a sandbox and returns once it accepts connections. */
    public static StackOneSandbox start(SandboxSettings settings) {
        Clock clock = Clock.systemUTC();
        SandboxState state = new SandboxState(settings.stateFile().map(StateFile::new));
        ConnectorCatalogue catalogue = new ConnectorCatalogue();
        HttpFaultRegistry httpFaults = new HttpFaultRegistry();
        WebhookFaultRegistry webhookFaults = new WebhookFaultRegistry();
        WebhookDispatcher webhooks = new WebhookDispatcher(settings.webhookTargets(),
                settings.primaryWebhookSecret(), settings.projectId(), settings.webhookMaxAttempts(),
                settings.webhookInitialBackoff(), webhookFaults, clock);
        SessionService sessions = new SessionService(state, clock, settings.organizationId(), settings.projectId());
        AccountService accounts = new AccountService(state, catalogue, webhooks, clock);
        CredentialCheck credentialCheck = new CredentialCheck(settings.badCredentialsValue());
        PublicBase publicBase = new PublicBase(settings);
        Filters filters = new Filters(httpFaults, settings.apiKey());
        RestApi rest = new RestApi(sessions, accounts, publicBase::get);
        HubApi hub = new HubApi(sessions, accounts, catalogue, credentialCheck, state, clock, publicBase::get,
                settings.badCredentialsValue());
        Pages pages = new Pages(sessions, catalogue);
        OAuthConsent consent = new OAuthConsent(sessions, accounts, catalogue, credentialCheck, state);
        AdminApi admin = new AdminApi(httpFaults, webhookFaults, webhooks, accounts, catalogue);

        Javalin server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = 1_000_000L;
            config.requestLogger.http((ctx, ms) -> REQUESTS.debug("{} {} -> {} ({} ms)", ctx.method(), ctx.path(),
                    ctx.statusCode(), Math.round(ms)));
            config.routes.before(filters::adminLoopbackOnly);
            config.routes.before(filters::faults);
            config.routes.before(filters::hubCors);
            config.routes.before(filters::basicAuth);
            rest.register(config.routes);
            hub.register(config.routes);
            pages.register(config.routes);
            consent.register(config.routes);
            admin.register(config.routes);
            config.routes.exception(ApiError.class, (e, ctx) -> Json.error(ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                Json.error(ctx, ApiError.of(500, "Internal Server Error"));
            });
            // Javalin's own answers (unknown route, oversized body…) get StackOne's JSON error body too.
            config.routes.exception(HttpResponseException.class,
                    (e, ctx) -> Json.error(ctx, ApiError.of(e.getStatus(), e.getMessage())));
        });
        try {
            server.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            webhooks.close();
            throw e;
        }
        StackOneSandbox sandbox = new StackOneSandbox(settings, server, webhooks, httpFaults, webhookFaults,
                accounts);
        publicBase.bound = sandbox.baseUrl;
        return sandbox;
    }

    /** Resolves the base URL put into links: the configured public URL, else the bound address. */
    private static final class PublicBase {
        private final SandboxSettings settings;
        private volatile URI bound;

        PublicBase(SandboxSettings settings) {
            this.settings = settings;
        }

        URI get() {
            return settings.publicUrl().orElse(bound);
        }
    }

    /** Where the REST API, the Hub API and the pages answer, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.port();
    }

    public SandboxSettings settings() {
        return settings;
    }

    /** The key the REST API expects as Basic-auth user name (empty password). */
    public String apiKey() {
        return settings.apiKey();
    }

    /** The secret every webhook is signed with. */
    public String webhookSecret() {
        return settings.primaryWebhookSecret();
    }

    /** The hosted Hub page for a session token: what {@code auth_link_url} points at. */
    public URI authLinkUrl(String token) {
        return URI.create(Views.authLink(settings.publicUrl().orElse(baseUrl), token));
    }

    /** Where the genuine {@code <stackone-hub>} web component is served. */
    public URI hubComponentUrl() {
        return baseUrl.resolve(HubComponent.PATH);
    }

    /**
     * Where the sandbox's {@code connect.js} is served: {@code Connect.start(options)}, StackOne's script library, as
     * {@code @stackone/react-hub}'s {@code connectUrl} or a page's script tag loads it.
     */
    public URI connectScriptUrl() {
        return baseUrl.resolve(ConnectScript.PATH);
    }

    /** Whether the build bundled the genuine Hub component (it does unless built without Maven). */
    public static boolean hubComponentBundled() {
        return HubComponent.bytes().isPresent();
    }

    /** Sends every later account event to this URL as well (e.g. the embedding app, once it knows its port). */
    public void addWebhookTarget(URI target) {
        webhooks.addTarget(target);
    }

    public List<URI> webhookTargets() {
        return webhooks.targets();
    }

    /** Every webhook delivery attempt so far, oldest first. */
    public List<WebhookDeliveryAttempt> webhookDeliveries() {
        return webhooks.log();
    }

    /** Waits until no webhook is scheduled, in flight or waiting for a retry. */
    public boolean awaitWebhooksIdle(Duration timeout) throws InterruptedException {
        return webhooks.awaitIdle(timeout);
    }

    /** Sends an earlier delivery again, byte for byte; returns the new delivery id. */
    public long redeliverWebhook(long deliveryId) {
        return webhooks.redeliver(deliveryId)
                .orElseThrow(() -> new IllegalArgumentException("no delivery " + deliveryId));
    }

    /** Arms an HTTP fault for the next matching requests. */
    public void injectFault(HttpFault fault) {
        httpFaults.add(fault);
    }

    /** Arms a webhook fault for the next account events. */
    public void injectWebhookFault(WebhookFault fault) {
        webhookFaults.add(fault);
    }

    /** Disarms every HTTP and webhook fault. */
    public void clearFaults() {
        httpFaults.clear();
        webhookFaults.clear();
    }

    /**
     * Puts an account into another status (e.g. {@code error}, {@code inactive}) with a reason, as if StackOne
     * had noticed a problem; sends {@code account.updated}.
     */
    public void setAccountStatus(String accountId, String status, String reason) {
        accounts.setStatus(accountId, status, reason);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop();
            webhooks.close();
        }
    }

    @Override
    public String toString() {
        return "StackOneSandbox[" + baseUrl + "]";
    }
}
