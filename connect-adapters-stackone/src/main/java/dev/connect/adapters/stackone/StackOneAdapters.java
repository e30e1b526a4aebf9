package dev.connect.adapters.stackone;

import dev.connect.domain.model.account.DirectoryQuery;
import dev.connect.provider.http.ProviderCalls;
import dev.connect.provider.http.ProviderMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Builds the StackOne adapters over one shared, configured client. */
public final class StackOneAdapters {

    private final StackOneSettings settings;
    private final Clock clock;
    private final ProviderMetrics metrics;
    private final StackOneConnectSessionAdapter connectSessions;
    private final StackOneLinkedAccountDirectoryAdapter accountDirectory;
    private final StackOneLinkedAccountDirectoryAdapter probe;

    private StackOneAdapters(StackOneSettings settings, Clock clock, MeterRegistry meters) {
        this.settings = settings;
        this.clock = clock;
        this.metrics = new ProviderMetrics(meters, StackOneClient.PROVIDER.key());
        StackOneClient client = StackOneClient.create(settings, clock, Optional.empty(), metrics,
                ProviderMetrics.INTERACTIVE);
        this.connectSessions = new StackOneConnectSessionAdapter(client, clock);
        this.accountDirectory = new StackOneLinkedAccountDirectoryAdapter(client);
        this.probe = new StackOneLinkedAccountDirectoryAdapter(StackOneClient.probe(settings, clock, metrics));
    }

    public static StackOneAdapters create(StackOneSettings settings, Clock clock) {
        return new StackOneAdapters(settings, clock, new SimpleMeterRegistry());
    }

    /** As {@link #create(StackOneSettings, Clock)}, measuring every request in {@code meters}. */
    public static StackOneAdapters create(StackOneSettings settings, Clock clock, MeterRegistry meters) {
        return new StackOneAdapters(settings, clock, meters);
    }

    public StackOneConnectSessionAdapter connectSessions() {
        return connectSessions;
    }

    /** The account directory for calls a user waits for: never paced. */
    public StackOneLinkedAccountDirectoryAdapter accountDirectory() {
        return accountDirectory;
    }

    /**
     * The account directory for background work (reconciliation), on a client of its own whose every attempt waits
     * for its turn within {@code share} of StackOne's rate limit.
     */
    public StackOneLinkedAccountDirectoryAdapter pacedAccountDirectory(StackOneRateShare share) {
        return new StackOneLinkedAccountDirectoryAdapter(StackOneClient.create(settings, clock,
                Optional.of(new StackOneRequestPacer(share)), metrics, ProviderMetrics.BACKGROUND));
    }

    /**
     * Whether StackOne (or the sandbox) answers and accepts the API key now: one {@code GET /accounts?page_size=1},
     * without retries, at most the connect timeout plus 5 s. For the readiness probe's background check, which asks
     * at most twice a minute (0.2 % of StackOne's 1000 requests a minute). A 429 counts as reachable: StackOne is
     * there, and taking connect out of service would not make it less busy. Refused credentials, 5xx answers,
     * timeouts and connection failures do not.
     */
    public boolean isReachable() {
        return ProviderCalls.reachable(() ->
                probe.list(new DirectoryQuery(List.of(), List.of(), List.of(), List.of(), 1, 1)));
    }
}
