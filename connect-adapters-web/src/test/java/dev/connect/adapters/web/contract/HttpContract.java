package dev.connect.adapters.web.contract;

import org.junit.jupiter.api.BeforeAll;

/**
 * The HTTP contract of connect's API, for any server binding: every route, status, header, problem body, body limit,
 * unknown route and wrong method, over real HTTP, with fake use cases behind the real endpoints. A binding's test class
 * extends this and names the binding; nothing else. Each part of the contract is an interface of its own.
 */
public abstract class HttpContract extends BindingUnderTest implements ConnectSessionsContract,
        AccountWebhookContract, HealthContract, RoutingContract, SecretsNeverLoggedContract, AccountsContract,
        OperatorApiContract, StaticSiteContract, FrontendContract, RequestIdContract, CorsContract, MetricsContract,
        DocsContract, AuthLinksContract, PageContract {

    private WebClient client;

    @BeforeAll
    final void connectClient() {
        client = new WebClient(port());
    }

    @Override
    public final WebClient client() {
        return client;
    }
}
