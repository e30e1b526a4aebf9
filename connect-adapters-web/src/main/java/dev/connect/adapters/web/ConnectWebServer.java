package dev.connect.adapters.web;

import dev.connect.adapters.web.account.AccountsEndpoint;
import dev.connect.adapters.web.admin.ReconciliationsEndpoint;
import dev.connect.adapters.web.auth.CallerAuthenticator;
import dev.connect.adapters.web.auth.OperatorAuthenticator;
import dev.connect.adapters.web.authlink.AuthLinkPageEndpoint;
import dev.connect.adapters.web.authlink.AuthLinks;
import dev.connect.adapters.web.authlink.AuthLinksEndpoint;
import dev.connect.adapters.web.authlink.OutboxEndpoint;
import dev.connect.adapters.web.demo.DemoSignInEndpoint;
import dev.connect.adapters.web.docs.DocsPage;
import dev.connect.adapters.web.docs.OpenApiDocuments;
import dev.connect.adapters.web.frontend.Frontend;
import dev.connect.adapters.web.frontend.FrontendConfigEndpoint;
import dev.connect.adapters.web.health.HealthEndpoint;
import dev.connect.adapters.web.http.HttpDispatcher;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.http.HttpServerBinding;
import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.adapters.web.http.ProtocolLimits;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.adapters.web.metrics.MetricsEndpoint;
import dev.connect.adapters.web.session.ConnectSessionsEndpoint;
import dev.connect.adapters.web.site.StaticSite;
import dev.connect.adapters.web.webhook.AccountWebhookEndpoint;
import dev.connect.adapters.web.webhook.AccountWebhooks;
import dev.connect.adapters.web.webhook.WebhookMetrics;
import dev.connect.domain.port.in.account.ReconcileLinkedAccountsUseCase;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase;
import dev.connect.domain.port.in.health.CheckHealthUseCase;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Assembles connect's HTTP API from the use cases, and serves it with the HTTP server binding it is given. */
public final class ConnectWebServer {

    private static final OpenApiDocuments OPENAPI = OpenApiDocuments.load();
    private static final DocsPage DOCS = DocsPage.load();

    private ConnectWebServer() {
    }

    /**
     * What the API needs from the domain and from its configuration.
     *
     * @param webhooks  the providers whose account webhooks it receives, each at {@code POST /webhooks/<provider>}
     * @param operators who may call the operator routes under {@code /v1/admin/}: a credential apart from callers'
     * @param frontend  what is served to browsers beside the API: static sites, the frontend configuration, the demo
     *                  sign-in; {@link Frontend#NONE} for the API alone
     * @param authLinks the operator's auth links, the page their recipients open, the outbox; {@link AuthLinks#NONE}
     *                  for none of them
     */
    public record Dependencies(CreateConnectSessionUseCase createConnectSession, CallerAuthenticator callers,
                               AccountWebhooks webhooks, CheckHealthUseCase checkHealth,
                               AccountsEndpoint.UseCases accounts, ReconcileLinkedAccountsUseCase reconcileAccounts,
                               OperatorAuthenticator operators, Frontend frontend, AuthLinks authLinks) {

        /** The API and the browser parts, without auth links. */
        public Dependencies(CreateConnectSessionUseCase createConnectSession, CallerAuthenticator callers,
                            AccountWebhooks webhooks, CheckHealthUseCase checkHealth,
                            AccountsEndpoint.UseCases accounts, ReconcileLinkedAccountsUseCase reconcileAccounts,
                            OperatorAuthenticator operators, Frontend frontend) {
            this(createConnectSession, callers, webhooks, checkHealth, accounts, reconcileAccounts, operators,
                    frontend, AuthLinks.NONE);
        }

        /** The API alone, without anything for browsers. */
        public Dependencies(CreateConnectSessionUseCase createConnectSession, CallerAuthenticator callers,
                            AccountWebhooks webhooks, CheckHealthUseCase checkHealth,
                            AccountsEndpoint.UseCases accounts, ReconcileLinkedAccountsUseCase reconcileAccounts,
                            OperatorAuthenticator operators) {
            this(createConnectSession, callers, webhooks, checkHealth, accounts, reconcileAccounts, operators,
                    Frontend.NONE);
        }

        /** The API alone, with StackOne's webhooks only, at {@code POST /webhooks/stackone}. */
        public Dependencies(CreateConnectSessionUseCase createConnectSession, CallerAuthenticator callers,
                            ReceiveAccountEventUseCase receiveStackOneEvent, CheckHealthUseCase checkHealth,
                            AccountsEndpoint.UseCases accounts, ReconcileLinkedAccountsUseCase reconcileAccounts,
                            OperatorAuthenticator operators) {
            this(createConnectSession, callers, AccountWebhooks.of(AccountWebhooks.STACKONE, receiveStackOneEvent),
                    checkHealth, accounts, reconcileAccounts, operators);
        }

        public Dependencies {
            Objects.requireNonNull(frontend, "frontend");
            Objects.requireNonNull(authLinks, "authLinks");
        }
    }

    public static List<HttpRoute> routes(Dependencies dependencies, JsonCodec json) {
        return routes(dependencies, WebOptions.defaults(), json);
    }

    public static List<HttpRoute> routes(Dependencies dependencies, WebOptions options, JsonCodec json) {
        List<HttpRoute> routes = new ArrayList<>();
        routes.add(new ConnectSessionsEndpoint(dependencies.createConnectSession(), dependencies.callers(), json).route());
        routes.addAll(new AccountsEndpoint(dependencies.accounts(), dependencies.callers(), json).routes());
        routes.add(new ReconciliationsEndpoint(dependencies.reconcileAccounts(), dependencies.operators(), json).route());
        routes.addAll(authLinkRoutes(dependencies.authLinks(), dependencies.operators(), json));
        WebhookMetrics webhookMetrics = new WebhookMetrics(options.meters());
        dependencies.webhooks().byProvider().forEach((provider, receive) ->
                routes.add(new AccountWebhookEndpoint(provider, receive, json, webhookMetrics).route()));
        routes.addAll(new HealthEndpoint(dependencies.checkHealth(), json).routes());
        routes.add(new MetricsEndpoint(options.metrics(), options.metricsAccess(), dependencies.operators()).route());
        routes.addAll(OPENAPI.routes());
        routes.addAll(DOCS.routes());
        routes.addAll(frontendRoutes(dependencies.frontend(), json));
        return routes;
    }

    private static List<HttpRoute> authLinkRoutes(AuthLinks authLinks, OperatorAuthenticator operators,
                                                  JsonCodec json) {
        List<HttpRoute> routes = new ArrayList<>();
        authLinks.useCases().ifPresent(useCases -> {
            routes.addAll(new AuthLinksEndpoint(useCases, operators, json).routes());
            routes.add(new OutboxEndpoint(authLinks.outbox(), operators, json).route());
        });
        authLinks.open().ifPresent(open -> routes.add(new AuthLinkPageEndpoint(open).route()));
        return routes;
    }

    private static List<HttpRoute> frontendRoutes(Frontend frontend, JsonCodec json) {
        List<HttpRoute> routes = new ArrayList<>();
        frontend.config().ifPresent(config -> routes.add(
                new FrontendConfigEndpoint(config, frontend.demoSignIn().isPresent(), json).route()));
        frontend.demoSignIn().ifPresent(demo -> routes.add(new DemoSignInEndpoint(demo, json).route()));
        frontend.sites().stream().map(StaticSite::route).forEach(routes::add);
        frontend.page().ifPresent(page -> routes.addAll(page.routes(frontend.config().orElseThrow())));
        return routes;
    }

    /** The whole API as one dispatcher: what a binding serves, or what a servlet mounted in another server wraps. */
    public static HttpDispatcher dispatcher(Dependencies dependencies, Clock clock) {
        return dispatcher(dependencies, WebOptions.defaults(), clock);
    }

    /** As {@link #dispatcher(Dependencies, Clock)}, operated as {@code options} say. */
    public static HttpDispatcher dispatcher(Dependencies dependencies, WebOptions options, Clock clock) {
        JsonCodec json = new JsonCodec();
        return new HttpDispatcher(routes(dependencies, options, json), new ProblemResponses(json), clock,
                options.meters(), options.cors());
    }

    /**
     * Starts the API with {@code binding} on {@code host:port} (port 0 picks a free one), with the documented protocol
     * limits.
     */
    public static HttpServerHandle start(HttpServerBinding binding, String host, int port, Dependencies dependencies,
                                         WebOptions options, Clock clock) {
        return binding.start(host, port, dispatcher(dependencies, options, clock), ProtocolLimits.STANDARD);
    }

    public static HttpServerHandle start(HttpServerBinding binding, String host, int port, Dependencies dependencies,
                                         Clock clock) {
        return start(binding, host, port, dependencies, WebOptions.defaults(), clock);
    }
}
