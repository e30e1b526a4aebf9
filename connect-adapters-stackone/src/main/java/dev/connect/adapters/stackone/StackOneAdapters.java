package dev.connect.adapters.stackone;

import java.time.Clock;
import java.util.Optional;

/** Builds the StackOne adapters over one shared, configured client. */
public final class StackOneAdapters {

    private final StackOneSettings settings;
    private final Clock clock;
    private final StackOneConnectSessionAdapter connectSessions;
    private final StackOneLinkedAccountDirectoryAdapter accountDirectory;

    private StackOneAdapters(StackOneSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        StackOneClient client = StackOneClient.create(settings, clock);
        this.connectSessions = new StackOneConnectSessionAdapter(client, clock);
        this.accountDirectory = new StackOneLinkedAccountDirectoryAdapter(client);
    }

    public static StackOneAdapters create(StackOneSettings settings, Clock clock) {
        return new StackOneAdapters(settings, clock);
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
        return new StackOneLinkedAccountDirectoryAdapter(
                StackOneClient.create(settings, clock, Optional.of(new StackOneRequestPacer(share))));
    }
}
