package dev.connect.adapters.web;

import dev.connect.adapters.web.account.AccountsEndpoint;
import dev.connect.adapters.web.admin.ReconciliationsEndpoint;
import dev.connect.adapters.web.auth.CallerAuthenticator;
import dev.connect.adapters.web.auth.OperatorAuthenticator;
import dev.connect.adapters.web.health.HealthEndpoint;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.adapters.web.http.ProtocolLimits;
import dev.connect.adapters.web.javalin.JavalinHttpServer;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.adapters.web.session.ConnectSessionsEndpoint;
import dev.connect.adapters.web.webhook.StackOneWebhookEndpoint;
import dev.connect.domain.port.in.account.ReconcileLinkedAccountsUseCase;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase;
import dev.connect.domain.port.in.health.CheckHealthUseCase;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Assembles connect's HTTP API from the use cases and serves it. */
public final class ConnectWebServer {

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
        List<HttpRoute> routes = new ArrayList<>();
        routes.add(new ConnectSessionsEndpoint(dependencies.createConnectSession(), dependencies.callers(), json).route());
        routes.addAll(new AccountsEndpoint(dependencies.accounts(), dependencies.callers(), json).routes());
        routes.add(new ReconciliationsEndpoint(dependencies.reconcileAccounts(), dependencies.operators(), json).route());
        routes.add(new StackOneWebhookEndpoint(dependencies.receiveAccountEvent(), json).route());
        routes.add(new HealthEndpoint(dependencies.checkHealth(), json).route());
        routes.add(HttpRoute.get("/openapi.yaml", request -> OpenApiDocument.response()));
        return routes;
    }

    /** Starts the API on {@code host:port} (port 0 picks a free one), with the documented protocol limits. */
    public static HttpServerHandle start(String host, int port, Dependencies dependencies, Clock clock) {
        JsonCodec json = new JsonCodec();
        return JavalinHttpServer.start(host, port, routes(dependencies, json), ProtocolLimits.STANDARD,
                new ProblemResponses(json)::from, clock);
    }

    static final class OpenApiDocument {

        private static final byte[] YAML = load();

        private OpenApiDocument() {
        }

        static HttpResponse response() {
            return HttpResponse.of(200, "application/yaml", YAML);
        }

        private static byte[] load() {
            try (var in = ConnectWebServer.class.getResourceAsStream("/openapi.yaml")) {
                if (in == null) {
                    throw new IllegalStateException("openapi.yaml is missing from the web adapter's resources");
                }
                return in.readAllBytes();
            } catch (java.io.IOException unreadable) {
                throw new IllegalStateException("openapi.yaml could not be read", unreadable);
            }
        }
    }
}
