package dev.connect.adapters.nango;

import dev.connect.provider.http.ProviderCalls;
import dev.connect.provider.http.ProviderMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;

/**
 * Builds the Nango adapters over one shared, configured client. Nango publishes no rate limit (it depends on the plan):
 * background work is not paced, and every call honours Nango's {@code Retry-After} within its deadline.
 */
public final class NangoAdapters {

    private final NangoConnectSessionAdapter connectSessions;
    private final NangoLinkedAccountDirectoryAdapter accountDirectory;
    private final NangoConnections probe;

    private NangoAdapters(NangoSettings settings, Clock clock, MeterRegistry meters) {
        ProviderMetrics metrics = new ProviderMetrics(meters, NangoClient.PROVIDER.key());
        NangoClient client = NangoClient.create(settings, clock, metrics);
        NangoConnections connections = new NangoConnections(client);
        this.connectSessions = new NangoConnectSessionAdapter(client, connections);
        this.accountDirectory = new NangoLinkedAccountDirectoryAdapter(client, connections);
        this.probe = new NangoConnections(NangoClient.probe(settings, clock, metrics));
    }

    public static NangoAdapters create(NangoSettings settings, Clock clock) {
        return new NangoAdapters(settings, clock, new SimpleMeterRegistry());
    }

    /** As {@link #create(NangoSettings, Clock)}, measuring every request in {@code meters}. */
    public static NangoAdapters create(NangoSettings settings, Clock clock, MeterRegistry meters) {
        return new NangoAdapters(settings, clock, meters);
    }

    public NangoConnectSessionAdapter connectSessions() {
        return connectSessions;
    }

    public NangoLinkedAccountDirectoryAdapter accountDirectory() {
        return accountDirectory;
    }

    /**
     * Whether Nango answers and accepts the secret key now: one {@code GET /connections?limit=1&page=0} (no
     * credentials in it), without retries, at most the connect timeout plus 5 s; for the readiness probe's background
     * check. A 429 counts as reachable, as with StackOne; a refused key, 5xx answers, timeouts and connection failures
     * do not.
     */
    public boolean isReachable() {
        return ProviderCalls.reachable(() -> probe.page(0, 1));
    }
}
