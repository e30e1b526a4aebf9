package dev.connect.adapters.nango;

import java.time.Clock;

/**
 * Builds the Nango adapters over one shared, configured client. Nango publishes no rate limit (it depends on the plan):
 * background work is not paced, and every call honours Nango's {@code Retry-After} within its deadline.
 */
public final class NangoAdapters {

    private final NangoConnectSessionAdapter connectSessions;
    private final NangoLinkedAccountDirectoryAdapter accountDirectory;

    private NangoAdapters(NangoSettings settings, Clock clock) {
        NangoClient client = NangoClient.create(settings, clock);
        NangoConnections connections = new NangoConnections(client);
        this.connectSessions = new NangoConnectSessionAdapter(client, connections);
        this.accountDirectory = new NangoLinkedAccountDirectoryAdapter(client, connections);
    }

    public static NangoAdapters create(NangoSettings settings, Clock clock) {
        return new NangoAdapters(settings, clock);
    }

    public NangoConnectSessionAdapter connectSessions() {
        return connectSessions;
    }

    public NangoLinkedAccountDirectoryAdapter accountDirectory() {
        return accountDirectory;
    }
}
