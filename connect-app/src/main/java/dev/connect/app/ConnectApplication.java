package dev.connect.app;

import dev.connect.adapters.jdbc.JdbcDatabase;
import dev.connect.adapters.quota.Bucket4jOwnerQuota;
import dev.connect.adapters.mail.OutboxAuthLinkDelivery;
import dev.connect.adapters.mail.SmtpAuthLinkDelivery;
import dev.connect.adapters.web.ConnectWebServer;
import dev.connect.adapters.web.WebOptions;
import dev.connect.adapters.web.account.AccountsEndpoint;
import dev.connect.adapters.web.auth.JwtCallerAuthenticator;
import dev.connect.adapters.web.auth.JwtSettings;
import dev.connect.adapters.web.auth.OperatorApiKey;
import dev.connect.adapters.web.auth.OperatorAuthenticator;
import dev.connect.adapters.web.authlink.AuthLinkPageEndpoint;
import dev.connect.adapters.web.authlink.AuthLinks;
import dev.connect.adapters.web.authlink.AuthLinksEndpoint;
import dev.connect.adapters.web.authlink.OutboxEndpoint;
import dev.connect.adapters.web.frontend.Frontend;
import dev.connect.adapters.web.http.HttpServerBinding;
import dev.connect.adapters.web.http.HttpServerHandle;
import dev.connect.adapters.web.javalin.JavalinHttpServer;
import dev.connect.adapters.web.metrics.MetricsExposition;
import dev.connect.adapters.web.servlet.jetty.JettyServletHttpServer;
import dev.connect.adapters.web.webhook.AccountWebhooks;
import dev.connect.domain.model.account.ReconciliationReport;
import dev.connect.domain.model.error.ConflictException;
import dev.connect.domain.port.in.account.ReconcileLinkedAccountsUseCase;
import dev.connect.domain.port.in.authlink.DeliverAuthLinksUseCase;
import dev.connect.domain.port.in.authlink.ExpireAuthLinksUseCase;
import dev.connect.domain.port.in.event.PurgeWebhookInboxUseCase;
import dev.connect.domain.port.out.health.DependencyHealthPort;
import dev.connect.domain.port.out.owner.OwnerQuotaPort;
import dev.connect.domain.port.out.authlink.AuthLinkAddressPort;
import dev.connect.domain.port.out.authlink.AuthLinkDeliveryPort;
import dev.connect.domain.port.out.event.AccountEventListenerPort;
import dev.connect.domain.service.account.CheckLinkedAccountService;
import dev.connect.domain.service.account.DisconnectLinkedAccountService;
import dev.connect.domain.service.account.FindLinkedAccountService;
import dev.connect.domain.service.account.ListLinkedAccountsService;
import dev.connect.domain.service.account.ReconcileLinkedAccountsService;
import dev.connect.domain.service.authlink.CreateAuthLinkService;
import dev.connect.domain.service.authlink.DeliverAuthLinksService;
import dev.connect.domain.service.authlink.ExpireAuthLinksService;
import dev.connect.domain.service.authlink.FindAuthLinkService;
import dev.connect.domain.service.authlink.ListAuthLinksService;
import dev.connect.domain.service.authlink.OpenAuthLinkService;
import dev.connect.domain.service.authlink.ResendAuthLinkService;
import dev.connect.domain.service.authlink.RevokeAuthLinkService;
import dev.connect.domain.service.event.PurgeWebhookInboxService;
import dev.connect.domain.service.event.ReceiveAccountEventService;
import dev.connect.domain.service.health.CheckHealthService;
import dev.connect.domain.service.session.CreateConnectSessionService;
import dev.connect.sandbox.StackOneSandbox;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: every part built with {@code new}, in dependency order. The linking provider is StackOne or
 * Nango ({@code CONNECT_PROVIDER}); its adapters stand behind the same ports, and only its webhook route is served.
 * With StackOne and no API key it starts the built-in sandbox on a loopback port, points the StackOne adapter at it
 * and shares a generated webhook secret with it; with a key, or with Nango, no part of the sandbox is started.
 */
public final class ConnectApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectApplication.class);

    private final List<AutoCloseable> parts;
    private final HttpServerHandle http;
    private final UseCases useCases;
    private final Optional<StackOneSandbox> sandbox;
    private final Optional<JwtSettings> generatedCallers;
    private final Optional<OperatorApiKey> generatedOperatorKey;
    private final Frontend frontend;

    private ConnectApplication(List<AutoCloseable> parts, HttpServerHandle http, UseCases useCases,
                               Optional<StackOneSandbox> sandbox, Optional<JwtSettings> generatedCallers,
                               Optional<OperatorApiKey> generatedOperatorKey, Frontend frontend) {
        this.parts = parts;
        this.http = http;
        this.useCases = useCases;
        this.sandbox = sandbox;
        this.generatedCallers = generatedCallers;
        this.generatedOperatorKey = generatedOperatorKey;
        this.frontend = frontend;
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
        WireLogFilter.install(); // before the first call to a provider
        Observability observability = new Observability();
        parts.add(observability);
        var meters = observability.registry();
        List<String> webhookSecrets = settings.webhookSecrets().isEmpty()
                ? List.of(randomSecret()) : settings.webhookSecrets();
        // The database (pool, migrations) and the provider's side (the sandbox, the client) need nothing of each other
        // and are mostly class loading and I/O: started side by side, start-up waits for the slower, not for both.
        CompletableFuture<ProviderConnection> connecting = CompletableFuture.supplyAsync(
                () -> ProviderConnection.open(settings, webhookSecrets, "v1.sandbox." + randomSecret(), clock, meters),
                task -> startThread("connect-start-provider", task));
        JdbcDatabase database = null;
        ProviderConnection connection = null;
        RuntimeException failure = null;
        try {
            database = JdbcDatabase.open(settings.database(), meters);
            parts.add(database);
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            connection = connecting.join();
            connection.sandbox().ifPresent(parts::add);
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
        Optional<StackOneSandbox> sandbox = connection.sandbox();
        LinkingProvider provider = connection.provider();

        var registry = database.linkedAccounts();
        OperationsOptions operations = settings.operations();
        OwnerQuotaPort ownerQuota = operations.ownerRateLimit().<OwnerQuotaPort>map(Bucket4jOwnerQuota::new)
                .orElseGet(OwnerQuotaPort::unlimited);
        Map<String, BooleanSupplier> readinessChecks = new LinkedHashMap<>();
        readinessChecks.put("storage", database::isReady);
        readinessChecks.put(provider.name(), provider.reachable());
        BackgroundHealthChecks readiness = BackgroundHealthChecks.start(readinessChecks,
                operations.readinessInterval(), clock);
        parts.add(readiness);
        List<DependencyHealthPort> health = new ArrayList<>(List.of(database.health()));
        health.addAll(readiness.ports());
        List<AccountEventListenerPort> listeners = List.of(new LoggingAccountEventListener());
        CreateConnectSessionService sessions = new CreateConnectSessionService(provider.sessions(), registry,
                provider.directory(), settings.policy(), ownerQuota);
        // the embedded default keeps auth-link mail in an outbox; elsewhere it goes to the SMTP server, or nowhere
        Optional<OutboxAuthLinkDelivery> outbox = settings.authLinks().smtp().isEmpty() && sandbox.isPresent()
                ? Optional.of(new OutboxAuthLinkDelivery()) : Optional.empty();
        Optional<AuthLinkDeliveryPort> delivery = settings.authLinks().smtp()
                .<AuthLinkDeliveryPort>map(SmtpAuthLinkDelivery::new).or(() -> outbox.map(kept -> kept));
        AtomicReference<String> publicUrl = new AtomicReference<>();
        AuthLinkAddressPort addresses = token -> URI.create(publicUrl.get() + AuthLinkPageEndpoint.PREFIX
                + token.value());
        var links = database.authLinks();
        DeliverAuthLinksService deliveries = new DeliverAuthLinksService(delivery, links, addresses,
                settings.authLinks().backoff(), clock);
        var bounds = provider.sessions().lifetimes();
        UseCases useCases = new UseCases(
                sessions,
                new ReceiveAccountEventService(provider.webhooks(), database.webhookInbox(), listeners,
                        settings.webhookFreshness()),
                new PurgeWebhookInboxService(database.webhookInbox(), settings.webhookFreshness()),
                new FindLinkedAccountService(registry),
                new ListLinkedAccountsService(registry),
                new CheckLinkedAccountService(registry, registry, provider.directory(), clock),
                new DisconnectLinkedAccountService(registry, registry, provider.directory(), clock),
                new ReconcileLinkedAccountsService(provider.backgroundDirectory(), registry, registry, clock),
                new CheckHealthService(health),
                new CreateAuthLinkService(sessions, bounds, links, deliveries, addresses, clock),
                new ListAuthLinksService(links, addresses, clock),
                new FindAuthLinkService(links, addresses, clock),
                new ResendAuthLinkService(links, deliveries, addresses, clock),
                new RevokeAuthLinkService(links, addresses, listeners, clock),
                new OpenAuthLinkService(links, sessions, bounds, clock),
                new ExpireAuthLinksService(links, listeners, clock),
                deliveries);

        Optional<JwtSettings> generatedCallers = settings.callers().isPresent()
                ? Optional.empty() : Optional.of(JwtSettings.hs256(randomSecret()));
        JwtSettings callers = settings.callers().or(() -> generatedCallers).orElseThrow();

        // the embedded default generates an operator key as it generates the demo token; against a real provider an
        // operator API without a configured key stays closed
        Optional<OperatorApiKey> generatedOperatorKey = settings.operatorApiKey().isEmpty() && sandbox.isPresent()
                ? Optional.of(new OperatorApiKey(randomSecret())) : Optional.empty();
        Optional<OperatorApiKey> operatorKey = settings.operatorApiKey().or(() -> generatedOperatorKey);
        Frontend frontend = Frontends.of(settings, sandbox, generatedCallers, generatedOperatorKey);

        HttpServerHandle http = ConnectWebServer.start(binding(settings.httpServer()), settings.httpHost(),
                settings.httpPort(), new ConnectWebServer.Dependencies(useCases.createConnectSession(),
                        new JwtCallerAuthenticator(callers),
                        AccountWebhooks.of(provider.name(), useCases.receiveAccountEvent()),
                        useCases.checkHealth(),
                        new AccountsEndpoint.UseCases(useCases.listLinkedAccounts(), useCases.findLinkedAccount(),
                                useCases.checkLinkedAccount(), useCases.disconnectLinkedAccount()),
                        useCases.reconcileLinkedAccounts(), OperatorAuthenticator.of(operatorKey), frontend,
                        AuthLinks.of(new AuthLinksEndpoint.UseCases(useCases.createAuthLink(),
                                useCases.listAuthLinks(), useCases.findAuthLink(), useCases.resendAuthLink(),
                                useCases.revokeAuthLink()), useCases.openAuthLink(),
                                outbox.map(ConnectApplication::outboxView))),
                new WebOptions(meters, operations.cors(),
                        Optional.of(MetricsExposition.of(MetricsExposition.PROMETHEUS_TEXT, meters::scrape)),
                        operations.metricsAccess()), clock);
        parts.add(http);
        publicUrl.set(settings.authLinks().publicUrl().map(ConnectApplication::withoutTrailingSlash)
                .orElseGet(() -> "http://" + reachableHost(settings.httpHost()) + ":" + http.port()));
        sandbox.ifPresent(started -> started.addWebhookTarget(URI.create("http://127.0.0.1:" + http.port()
                + AccountWebhooks.path(AccountWebhooks.STACKONE))));

        parts.add(schedulePurge(useCases.purgeWebhookInbox(), clock));
        parts.add(scheduleAuthLinks(useCases.expireAuthLinks(), useCases.deliverAuthLinks(),
                settings.authLinks().sweepInterval()));
        settings.reconciliation().interval().ifPresent(interval ->
                parts.add(scheduleReconciliation(useCases.reconcileLinkedAccounts(), interval)));
        return new ConnectApplication(parts, http, useCases, sandbox, generatedCallers, generatedOperatorKey,
                frontend);
    }

    /** Reconciles every {@code interval}, counted from the end of the previous run, so runs never overlap. */
    private static AutoCloseable scheduleReconciliation(ReconcileLinkedAccountsUseCase reconcile, Duration interval) {
        ScheduledExecutorService scheduler = daemonScheduler("connect-reconcile");
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                ReconciliationReport report = reconcile.reconcile();
                LOG.info("reconciled the registry with StackOne: {} added, {} updated, {} deleted, {} unchanged{}",
                        report.added(), report.updated(), report.deleted(), report.unchanged(),
                        report.resumed() ? " (resumed an interrupted run)" : "");
            } catch (ConflictException running) {
                LOG.info("scheduled reconciliation skipped: {}", running.getMessage());
            } catch (RuntimeException failure) {
                LOG.warn("reconciliation stopped part-way and resumes at the next run: {}", failure.getMessage());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return scheduler::shutdownNow;
    }

    private static ScheduledExecutorService daemonScheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    private static HttpServerBinding binding(ConnectSettings.HttpServer server) {
        return switch (server) {
            case JAVALIN -> JavalinHttpServer::start;
            case SERVLET -> JettyServletHttpServer::start;
        };
    }

    private static void startThread(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Every {@code interval}: marks due auth links expired (their listeners are told), then retries the deliveries
     * that fell due. Counted from the end of the previous run, so runs never overlap.
     */
    private static AutoCloseable scheduleAuthLinks(ExpireAuthLinksUseCase expire, DeliverAuthLinksUseCase deliver,
                                                   Duration interval) {
        ScheduledExecutorService scheduler = daemonScheduler("connect-auth-links");
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                int expired = expire.expireDue();
                int attempts = deliver.deliverDue();
                if (expired + attempts > 0) {
                    LOG.info("auth links: {} expired, {} deliveries retried", expired, attempts);
                }
            } catch (RuntimeException failure) {
                LOG.warn("the auth-link sweep failed; it runs again in {}: {}", interval, failure.getMessage());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return scheduler::shutdownNow;
    }

    private static OutboxEndpoint.Outbox outboxView(OutboxAuthLinkDelivery outbox) {
        return limit -> outbox.newest(limit).stream().map(kept -> new OutboxEndpoint.Message(kept.id(),
                kept.authLinkId(), kept.to(), kept.subject(), kept.text(), kept.html(), kept.url(), kept.sentAt()))
                .toList();
    }

    private static String withoutTrailingSlash(URI url) {
        String text = url.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** A wildcard address is no address to open: the loopback stands in for it (set CONNECT_PUBLIC_URL instead). */
    private static String reachableHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            return "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Removes inbox keys once they are older than the replay window, hourly. */
    private static AutoCloseable schedulePurge(PurgeWebhookInboxUseCase purge, Clock clock) {
        ScheduledExecutorService scheduler = daemonScheduler("connect-inbox-purge");
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

    /** The generated operator API key in sandbox mode without a configured one, for the banner's curl line. */
    public Optional<OperatorApiKey> generatedOperatorKey() {
        return generatedOperatorKey;
    }

    /** Whether the frontend examples are served under {@code /examples/}. */
    public boolean servesExamples() {
        return !frontend.sites().isEmpty();
    }

    /** Whether connect's page is served at {@code /}: with StackOne (the sandbox or a key), not with Nango. */
    public boolean servesPage() {
        return frontend.page().isPresent();
    }

    /** Whether {@code POST /v1/demo/sign-in} exists: the embedded default only. */
    public boolean hasDemoSignIn() {
        return frontend.demoSignIn().isPresent();
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
