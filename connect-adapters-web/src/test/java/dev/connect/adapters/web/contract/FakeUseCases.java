package dev.connect.adapters.web.contract;

import dev.connect.adapters.web.ConnectWebServer;
import dev.connect.adapters.web.account.AccountsEndpoint;
import dev.connect.adapters.web.auth.OperatorApiKey;
import dev.connect.adapters.web.auth.OperatorAuthenticator;
import dev.connect.adapters.web.demo.DemoSignIn;
import dev.connect.adapters.web.frontend.ConnectPage;
import dev.connect.adapters.web.frontend.Frontend;
import dev.connect.adapters.web.frontend.FrontendConfig;
import dev.connect.adapters.web.site.StaticSite;
import dev.connect.adapters.web.webhook.AccountWebhooks;
import dev.connect.domain.model.account.AccountPage;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.port.in.account.CheckLinkedAccountUseCase;
import dev.connect.domain.port.in.account.DisconnectLinkedAccountUseCase;
import dev.connect.domain.port.in.account.FindLinkedAccountUseCase;
import dev.connect.domain.port.in.account.ListLinkedAccountsUseCase;
import dev.connect.domain.port.in.account.ReconcileLinkedAccountsUseCase;
import java.util.Optional;
import dev.connect.adapters.web.authlink.AuthLinks;
import dev.connect.adapters.web.authlink.AuthLinksEndpoint;
import dev.connect.adapters.web.authlink.OutboxEndpoint;
import dev.connect.domain.port.in.authlink.CreateAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.FindAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.ListAuthLinksUseCase;
import dev.connect.domain.port.in.authlink.OpenAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.ResendAuthLinkUseCase;
import dev.connect.domain.port.in.authlink.RevokeAuthLinkUseCase;
import dev.connect.adapters.web.auth.JwtCallerAuthenticator;
import dev.connect.adapters.web.auth.JwtSettings;
import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.event.WebhookDelivery;
import dev.connect.domain.model.health.DependencyHealth;
import dev.connect.domain.model.health.HealthReport;
import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.SessionToken;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase;
import dev.connect.domain.port.in.health.CheckHealthUseCase;
import dev.connect.domain.port.in.session.CreateConnectSessionUseCase;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The use cases behind the API under test: each records what reaches it and behaves as the running test says, so that
 * one server can serve a whole test class. {@link #reset()} restores the plain behaviour before each test: a session
 * is minted, a delivery is a duplicate, every dependency is up.
 */
public final class FakeUseCases {

    public static final ConnectSession SESSION = new ConnectSession(new SessionToken("hub-token-1"),
            Instant.parse("2026-01-01T10:30:00Z"), URI.create("https://hub.test/l"));

    /** The operator key the API under test is configured with. */
    public static final String OPERATOR_KEY = "op-key-0123456789-abcdefghijklmnopqrstuvwxyz";

    /** Where the frontend configuration of the API under test says StackOne is. */
    public static final URI SANDBOX = URI.create("http://127.0.0.1:4010");

    /** The demo sign-in of the API under test: tokens its callers' settings accept, and the operator key. */
    public static final DemoSignIn DEMO_SIGN_IN = new DemoSignIn(JwtSettings.hs256(Tokens.SECRET),
            DemoSignIn.DEFAULT_LIFETIME, "demo@demo.test", Optional.of(new OperatorApiKey(OPERATOR_KEY)));

    /**
     * What browsers get beside the API: {@link StaticSiteContract#SITE}, the frontend configuration, the sign-in, and
     * connect's page with {@link PageContract#HUB_COMPONENT} as the Hub's bundle.
     */
    public static final Frontend FRONTEND = new Frontend(List.of(StaticSite.of("/examples", StaticSiteContract.SITE)),
            Optional.of(FrontendConfig.sandbox(SANDBOX, SANDBOX.resolve("/stackone/connect.js"))),
            Optional.of(DEMO_SIGN_IN), Optional.of(ConnectPage.withHubComponent(Optional.of(PageContract.HUB_COMPONENT))));

    private final List<CreateConnectSessionUseCase.Command> sessionCommands = new CopyOnWriteArrayList<>();
    private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    private volatile CreateConnectSessionUseCase createConnectSession;
    private volatile ReceiveAccountEventUseCase receiveAccountEvent;
    private volatile CheckHealthUseCase checkHealth;
    private volatile ListLinkedAccountsUseCase listLinkedAccounts;
    private volatile FindLinkedAccountUseCase findLinkedAccount;
    private volatile CheckLinkedAccountUseCase checkLinkedAccount;
    private volatile DisconnectLinkedAccountUseCase disconnectLinkedAccount;
    private volatile ReconcileLinkedAccountsUseCase reconcileLinkedAccounts;
    private final List<Object> authLinkCalls = new CopyOnWriteArrayList<>();
    private volatile CreateAuthLinkUseCase createAuthLink;
    private volatile ListAuthLinksUseCase listAuthLinks;
    private volatile FindAuthLinkUseCase findAuthLink;
    private volatile ResendAuthLinkUseCase resendAuthLink;
    private volatile RevokeAuthLinkUseCase revokeAuthLink;
    private volatile OpenAuthLinkUseCase openAuthLink;
    private volatile List<OutboxEndpoint.Message> outbox;

    public FakeUseCases() {
        reset();
    }

    public void reset() {
        sessionCommands.clear();
        deliveries.clear();
        createConnectSession = command -> SESSION;
        receiveAccountEvent = command -> new ReceiveAccountEventUseCase.Result.Duplicate(TestEvents.created().build());
        checkHealth = () -> new HealthReport(List.of(DependencyHealth.up("storage")));
        listLinkedAccounts = query -> new AccountPage(List.of(), Optional.empty());
        findLinkedAccount = query -> Optional.empty();
        checkLinkedAccount = command -> {
            throw new NotFoundException("account '" + command.accountId() + "' not found");
        };
        disconnectLinkedAccount = command -> {
            throw new NotFoundException("account '" + command.accountId() + "' not found");
        };
        reconcileLinkedAccounts = () -> {
            throw new AssertionError("no reconciliation expected in this test");
        };
        authLinkCalls.clear();
        createAuthLink = command -> {
            throw new AssertionError("no auth link expected in this test");
        };
        listAuthLinks = query -> new ListAuthLinksUseCase.Page(List.of(), Optional.empty());
        findAuthLink = query -> Optional.empty();
        resendAuthLink = command -> {
            throw new NotFoundException("auth link '" + command.id() + "' not found");
        };
        revokeAuthLink = command -> {
            throw new NotFoundException("auth link '" + command.id() + "' not found");
        };
        openAuthLink = query -> new OpenAuthLinkUseCase.Opening.NotValid(OpenAuthLinkUseCase.Reason.UNKNOWN);
        outbox = List.of();
    }

    /** What the API is built with: delegates to whatever each use case does when a request arrives. */
    public ConnectWebServer.Dependencies dependencies() {
        return new ConnectWebServer.Dependencies(
                command -> {
                    sessionCommands.add(command);
                    return createConnectSession.create(command);
                },
                new JwtCallerAuthenticator(JwtSettings.hs256(Tokens.SECRET)),
                new AccountWebhooks(Map.of(AccountWebhooks.STACKONE, receiving(), AccountWebhooks.NANGO, receiving())),
                () -> checkHealth.check(),
                new AccountsEndpoint.UseCases(query -> listLinkedAccounts.list(query),
                        query -> findLinkedAccount.find(query), command -> checkLinkedAccount.check(command),
                        command -> disconnectLinkedAccount.disconnect(command)),
                () -> reconcileLinkedAccounts.reconcile(),
                OperatorAuthenticator.of(Optional.of(new OperatorApiKey(OPERATOR_KEY))), FRONTEND,
                AuthLinks.of(new AuthLinksEndpoint.UseCases(
                        command -> createAuthLink.create(recorded(command)),
                        query -> listAuthLinks.list(recorded(query)),
                        query -> findAuthLink.find(recorded(query)),
                        command -> resendAuthLink.resend(recorded(command)),
                        command -> revokeAuthLink.revoke(recorded(command))),
                        query -> openAuthLink.open(recorded(query)),
                        Optional.of(limit -> outbox.subList(0, Math.min(limit, outbox.size())))));
    }

    private <T> T recorded(T call) {
        authLinkCalls.add(call);
        return call;
    }

    /** Every command and query that reached an auth-link use case, in order. */
    public List<Object> authLinkCalls() {
        return authLinkCalls;
    }

    public void createAuthLink(CreateAuthLinkUseCase useCase) {
        this.createAuthLink = useCase;
    }

    public void listAuthLinks(ListAuthLinksUseCase useCase) {
        this.listAuthLinks = useCase;
    }

    public void findAuthLink(FindAuthLinkUseCase useCase) {
        this.findAuthLink = useCase;
    }

    public void resendAuthLink(ResendAuthLinkUseCase useCase) {
        this.resendAuthLink = useCase;
    }

    public void revokeAuthLink(RevokeAuthLinkUseCase useCase) {
        this.revokeAuthLink = useCase;
    }

    public void openAuthLink(OpenAuthLinkUseCase useCase) {
        this.openAuthLink = useCase;
    }

    public void outbox(List<OutboxEndpoint.Message> messages) {
        this.outbox = List.copyOf(messages);
    }

    /** A provider's intake: records the delivery and does what the test says. */
    private ReceiveAccountEventUseCase receiving() {
        return command -> {
            deliveries.add(command.delivery());
            return receiveAccountEvent.receive(command);
        };
    }

    public void createConnectSession(CreateConnectSessionUseCase useCase) {
        this.createConnectSession = useCase;
    }

    public void receiveAccountEvent(ReceiveAccountEventUseCase useCase) {
        this.receiveAccountEvent = useCase;
    }

    public void checkHealth(CheckHealthUseCase useCase) {
        this.checkHealth = useCase;
    }

    public void listLinkedAccounts(ListLinkedAccountsUseCase useCase) {
        this.listLinkedAccounts = useCase;
    }

    public void findLinkedAccount(FindLinkedAccountUseCase useCase) {
        this.findLinkedAccount = useCase;
    }

    public void checkLinkedAccount(CheckLinkedAccountUseCase useCase) {
        this.checkLinkedAccount = useCase;
    }

    public void disconnectLinkedAccount(DisconnectLinkedAccountUseCase useCase) {
        this.disconnectLinkedAccount = useCase;
    }

    public void reconcileLinkedAccounts(ReconcileLinkedAccountsUseCase useCase) {
        this.reconcileLinkedAccounts = useCase;
    }

    /** The commands that reached the connect-session use case, in order. */
    public List<CreateConnectSessionUseCase.Command> sessionCommands() {
        return sessionCommands;
    }

    /** The deliveries that reached a provider's webhook use case (both receive alike), in order. */
    public List<WebhookDelivery> deliveries() {
        return deliveries;
    }
}
