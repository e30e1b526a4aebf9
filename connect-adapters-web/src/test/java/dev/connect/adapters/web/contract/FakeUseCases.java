package dev.connect.adapters.web.contract;

import dev.connect.adapters.web.ConnectWebServer;
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
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The use cases behind the API under test: each records what reaches it and behaves as the running test says, so that
 * one server can serve a whole test class. {@link #reset()} restores the plain behaviour before each test: a session
 * is minted, a delivery is a duplicate, every dependency is up.
 */
public final class FakeUseCases {

    public static final ConnectSession SESSION = new ConnectSession(new SessionToken("hub-token-1"),
            Instant.parse("2026-01-01T10:30:00Z"), URI.create("https://hub.test/l"));

    private final List<CreateConnectSessionUseCase.Command> sessionCommands = new CopyOnWriteArrayList<>();
    private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    private volatile CreateConnectSessionUseCase createConnectSession;
    private volatile ReceiveAccountEventUseCase receiveAccountEvent;
    private volatile CheckHealthUseCase checkHealth;

    public FakeUseCases() {
        reset();
    }

    public void reset() {
        sessionCommands.clear();
        deliveries.clear();
        createConnectSession = command -> SESSION;
        receiveAccountEvent = command -> new ReceiveAccountEventUseCase.Result.Duplicate(TestEvents.created().build());
        checkHealth = () -> new HealthReport(List.of(DependencyHealth.up("storage")));
    }

    /** What the API is built with: delegates to whatever each use case does when a request arrives. */
    public ConnectWebServer.Dependencies dependencies() {
        return new ConnectWebServer.Dependencies(
                command -> {
                    sessionCommands.add(command);
                    return createConnectSession.create(command);
                },
                new JwtCallerAuthenticator(JwtSettings.hs256(Tokens.SECRET)),
                command -> {
                    deliveries.add(command.delivery());
                    return receiveAccountEvent.receive(command);
                },
                () -> checkHealth.check());
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

    /** The commands that reached the connect-session use case, in order. */
    public List<CreateConnectSessionUseCase.Command> sessionCommands() {
        return sessionCommands;
    }

    /** The deliveries that reached the webhook use case, in order. */
    public List<WebhookDelivery> deliveries() {
        return deliveries;
    }
}
