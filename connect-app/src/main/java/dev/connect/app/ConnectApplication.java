package dev.connect.app;

import dev.connect.adapters.jdbc.JdbcDatabase;
import dev.connect.adapters.stackone.StackOneAdapters;
import dev.connect.adapters.stackone.webhook.StackOneWebhookDecoder;
import dev.connect.adapters.web.ConnectWebServer;
import dev.connect.adapters.web.auth.JwtCallerAuthenticator;
import dev.connect.adapters.web.auth.JwtSettings;
import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.domain.port.in.event.PurgeWebhookInboxUseCase;
import dev.connect.domain.service.account.FindLinkedAccountService;
import dev.connect.domain.service.account.ListLinkedAccountsService;
import dev.connect.domain.service.event.PurgeWebhookInboxService;
import dev.connect.domain.service.event.ReceiveAccountEventService;
import dev.connect.domain.service.health.CheckHealthService;
import dev.connect.domain.service.session.CreateConnectSessionService;
import dev.connect.sandbox.StackOneSandbox;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: every part built with {@code new}, in dependency order. Without a StackOne API key it starts
 * the built-in sandbox on a loopback port, points the StackOne adapter at it and shares a generated webhook secret
 * with it; with a key, no part of the sandbox is started.
 */
public final class ConnectApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectApplication.class);

    private final List<AutoCloseable> parts;
    private final HttpServerHandle http;
    private final UseCases useCases;
    private final Optional<StackOneSandbox> sandbox;
    private final Optional<JwtSettings> generatedCallers;

    private ConnectApplication(List<AutoCloseable> parts, HttpServerHandle http, UseCases useCases,
                               Optional<StackOneSandbox> sandbox, Optional<JwtSettings> generatedCallers) {
        this.parts = parts;
        this.http = http;
        this.useCases = useCases;
        this.sandbox = sandbox;
        this.generatedCallers = generatedCallers;
    }

    public static ConnectApplication start(ConnectSettings settings, Clock clock) {
        List<AutoCloseable> parts = new ArrayList<>();
        try {
            return start(settings, clock, parts);
        } catch (RuntimeException failure) {
            java.util.Collections.reverse(parts);
            closeAll(parts);
            throw failure;
        }
    }

    private static ConnectApplication start(ConnectSettings settings, Clock clock, List<AutoCloseable> parts) {
        List<String> webhookSecrets = settings.webhookSecrets().isEmpty()
                ? List.of(randomSecret()) : settings.webhookSecrets();
        // The database (pool, migrations) and StackOne's side (the sandbox, the client) need nothing of each other and
        // are mostly class loading and I/O: started side by side, start-up waits for the slower, not for both.
        CompletableFuture<StackOneConnection> connecting = CompletableFuture.supplyAsync(
                () -> StackOneConnection.open(settings, webhookSecrets, "v1.sandbox." + randomSecret(), clock),
                task -> startThread("connect-start-stackone", task));
        JdbcDatabase database = null;
        StackOneConnection stackOneConnection = null;
        RuntimeException failure = null;
        try {
            database = JdbcDatabase.open(settings.database());
            parts.add(database);
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            stackOneConnection = connecting.join();
            stackOneConnection.sandbox().ifPresent(parts::add);
        } catch (CompletionException e) {
            RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime : e;
            if (failure == null) {
                failure = cause;
            } else {
                failure.addSuppressed(cause);
            }
        }
        if (failure != null) {
            throw failure;
        }
        Optional<StackOneSandbox> sandbox = stackOneConnection.sandbox();

        StackOneAdapters stackOne = stackOneConnection.adapters();
        UseCases useCases = new UseCases(
                new CreateConnectSessionService(stackOne.connectSessions(), stackOne.accountDirectory(),
                        settings.policy()),
                new ReceiveAccountEventService(new StackOneWebhookDecoder(webhookSecrets), database.webhookInbox(),
                        List.of(new LoggingAccountEventListener()), settings.webhookFreshness()),
                new PurgeWebhookInboxService(database.webhookInbox(), settings.webhookFreshness()),
                new FindLinkedAccountService(database.linkedAccounts()),
                new ListLinkedAccountsService(database.linkedAccounts()),
                new CheckHealthService(List.of(database.health())));

        Optional<JwtSettings> generatedCallers = settings.callers().isPresent()
                ? Optional.empty() : Optional.of(JwtSettings.hs256(randomSecret()));
        JwtSettings callers = settings.callers().or(() -> generatedCallers).orElseThrow();

        HttpServerHandle http = ConnectWebServer.start(settings.httpHost(), settings.httpPort(),
                new ConnectWebServer.Dependencies(useCases.createConnectSession(), new JwtCallerAuthenticator(callers),
                        useCases.receiveAccountEvent(), useCases.checkHealth()), clock);
        parts.add(http);
        sandbox.ifPresent(started -> started.addWebhookTarget(
                URI.create("http://127.0.0.1:" + http.port() + "/webhooks/stackone")));

        parts.add(schedulePurge(useCases.purgeWebhookInbox(), clock));
        return new ConnectApplication(parts, http, useCases, sandbox, generatedCallers);
    }

    private static void startThread(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Removes inbox keys once they are older than the replay window, hourly. */
    private static AutoCloseable schedulePurge(PurgeWebhookInboxUseCase purge, Clock clock) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "connect-inbox-purge");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                int removed = purge.purge(clock.instant());
                LOG.debug("purged {} webhook inbox entries older than the replay window", removed);
            } catch (RuntimeException failure) {
                LOG.warn("purging the webhook inbox failed; it is tried again in an hour: {}", failure.getMessage());
            }
        }, 1, 60, TimeUnit.MINUTES);
        return scheduler::shutdownNow;
    }

    public int httpPort() {
        return http.port();
    }

    /** Every use case, as its in-port: for embedders and tests. */
    public UseCases useCases() {
        return useCases;
    }

    /** The built-in sandbox, when connect runs without a StackOne API key. */
    public Optional<StackOneSandbox> sandbox() {
        return sandbox;
    }

    /** The generated caller settings in sandbox mode without configured ones, to issue development tokens. */
    public Optional<JwtSettings> generatedCallers() {
        return generatedCallers;
    }

    /** Stops the HTTP server first, so that no request finds the database closed. */
    @Override
    public void close() {
        List<AutoCloseable> reversed = new ArrayList<>(parts);
        java.util.Collections.reverse(reversed);
        closeAll(reversed);
    }

    private static void closeAll(List<AutoCloseable> parts) {
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception failure) {
                LOG.warn("stopping {} failed: {}", part.getClass().getSimpleName(), failure.getMessage());
            }
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
