package com.example.host;

import dev.connect.adapters.stackone.webhook.StackOneWebhookDecoder;
import dev.connect.adapters.web.ConnectWebServer;
import dev.connect.adapters.web.account.AccountsEndpoint;
import dev.connect.adapters.web.auth.JwtCallerAuthenticator;
import dev.connect.adapters.web.auth.JwtSettings;
import dev.connect.adapters.web.auth.OperatorAuthenticator;
import dev.connect.domain.fakes.InMemoryAccountDirectory;
import dev.connect.domain.fakes.InMemoryWebhookInbox;
import dev.connect.domain.model.event.WebhookFreshness;
import dev.connect.domain.model.session.ConnectSession;
import dev.connect.domain.model.session.ConnectSessionRequest;
import dev.connect.domain.model.session.ConnectionPolicy;
import dev.connect.domain.model.session.SessionToken;
import dev.connect.domain.service.account.CheckLinkedAccountService;
import dev.connect.domain.service.account.DisconnectLinkedAccountService;
import dev.connect.domain.service.account.FindLinkedAccountService;
import dev.connect.domain.service.account.ListLinkedAccountsService;
import dev.connect.domain.service.account.ReconcileLinkedAccountsService;
import dev.connect.domain.service.event.ReceiveAccountEventService;
import dev.connect.domain.service.health.CheckHealthService;
import dev.connect.domain.service.session.CreateConnectSessionService;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * connect's real use-case services, as a host application would provide them, with in-memory stand-ins for what lies
 * behind them: a StackOne that opens every session, connect's in-memory inbox and registry, the real webhook decoder
 * with the README's test secret, and a clock just after the README's test delivery was sent.
 */
@Configuration(proxyBeanMethods = false)
class ConnectUseCases {

    static final String JWT_SECRET = "a-shared-secret-of-at-least-32-bytes!!";
    static final String WEBHOOK_SECRET = "stackone-test-secret-1";
    static final Instant NOW = Instant.parse("2026-11-20T10:00:05Z");

    /** What reached the stand-in for StackOne's {@code POST /connect_sessions}. */
    final List<ConnectSessionRequest> sessionsOpened = new CopyOnWriteArrayList<>();
    final InMemoryWebhookInbox inbox = new InMemoryWebhookInbox();

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** What the stand-in for StackOne's account directory knows. */
    final InMemoryAccountDirectory directory = new InMemoryAccountDirectory();

    @Bean
    ConnectWebServer.Dependencies connect(Clock clock) {
        return new ConnectWebServer.Dependencies(
                new CreateConnectSessionService(request -> {
                    sessionsOpened.add(request);
                    String owner = request.endUser().owner().id().value();
                    return new ConnectSession(new SessionToken("hub-token-for-" + owner),
                            NOW.plus(Duration.ofMinutes(30)), URI.create("https://hub.stackone.test/link"));
                }, inbox, directory, new ConnectionPolicy(Set.of(), Set.of())),
                new JwtCallerAuthenticator(JwtSettings.hs256(JWT_SECRET)),
                new ReceiveAccountEventService(new StackOneWebhookDecoder(List.of(WEBHOOK_SECRET)), inbox,
                        List.of(), WebhookFreshness.DEFAULT),
                new CheckHealthService(List.of()),
                new AccountsEndpoint.UseCases(new ListLinkedAccountsService(inbox), new FindLinkedAccountService(inbox),
                        new CheckLinkedAccountService(inbox, inbox, directory, clock),
                        new DisconnectLinkedAccountService(inbox, inbox, directory, clock)),
                new ReconcileLinkedAccountsService(directory, inbox, inbox, clock),
                OperatorAuthenticator.of(Optional.empty()));
    }
}
