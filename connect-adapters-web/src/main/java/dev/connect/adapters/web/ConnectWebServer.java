package dev.connect.adapters.web;

import dev.connect.adapters.web.account.AccountsEndpoint;
import dev.connect.adapters.web.admin.ReconciliationsEndpoint;
import dev.connect.adapters.web.auth.CallerAuthenticator;
import dev.connect.adapters.web.auth.OperatorAuthenticator;
import dev.connect.adapters.web.docs.DocsPage;
import dev.connect.adapters.web.docs.OpenApiDocuments;
import dev.connect.adapters.web.health.HealthEndpoint;
import dev.connect.adapters.web.http.HttpDispatcher;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.http.HttpServerBinding;
import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.adapters.web.http.ProtocolLimits;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.adapters.web.metrics.MetricsEndpoint;
import dev.connect.adapters.web.session.ConnectSessionsEndpoint;
import dev.connect.adapters.web.webhook.StackOneWebhookEndpoint;
import dev.connect.adapters.web.webhook.WebhookMetrics;
import dev.connect.domain.port.in.account.ReconcileLinkedAccountsUseCase;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase;
import dev.connect.domain.port.in.health.CheckHealthUseCase;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Assembles connect's HTTP API from the use cases, and serves it with the HTTP server binding it is given. */
public final class ConnectWebServer {

    private static final OpenApiDocuments OPENAPI = OpenApiDocuments.load();
    private static final DocsPage DOCS = DocsPage.load();

    private ConnectWebServer() {
    }

    /**
     * What the API needs from the domain and from its configuration.
     *
     * @param operators who may call the operator routes under {@code /v1/admin/}: a credential apart from callers'
     */
    public record Dependencies(CreateConnectSessionUseCase createConnectSession, CallerAuthenticator callers,
                               ReceiveAccountEventUseCase receiveAccountEvent, CheckHealthUseCase checkHealth,
                               AccountsEndpoint.UseCases accounts, ReconcileLinkedAccountsUseCase reconcileAccounts,
                               OperatorAuthenticator operators) {
    }

    public static List<HttpRoute> routes(Dependencies dependencies, JsonCodec json) {
        return routes(dependencies, WebOptions.defaults(), json);
    }

    public static List<HttpRoute> routes(Dependencies dependencies, WebOptions options, JsonCodec json) {
        List<HttpRoute> routes = new ArrayList<>();
        routes.add(new ConnectSessionsEndpoint(dependencies.createConnectSession(), dependencies.callers(), json).route());
        routes.addAll(new AccountsEndpoint(dependencies.accounts(), dependencies.callers(), json).routes());
        routes.add(new ReconciliationsEndpoint(dependencies.reconcileAccounts(), dependencies.operators(), json).route());
        routes.add(new StackOneWebhookEndpoint(dependencies.receiveAccountEvent(), json,
                new WebhookMetrics(options.meters())).route());
        routes.addAll(new HealthEndpoint(dependencies.checkHealth(), json).routes());
        routes.add(new MetricsEndpoint(options.metrics(), options.metricsAccess(), dependencies.operators()).route());
        routes.addAll(OPENAPI.routes());
        routes.addAll(DOCS.routes());
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
