package dev.connect.adapters.stackone;

import java.time.Clock;

/** Builds the StackOne adapters over one shared, configured client. */
public final class StackOneAdapters {

    private final StackOneConnectSessionAdapter connectSessions;
    private final StackOneLinkedAccountDirectoryAdapter accountDirectory;

    private StackOneAdapters(StackOneClient client, Clock clock) {
        this.connectSessions = new StackOneConnectSessionAdapter(client, clock);
        this.accountDirectory = new StackOneLinkedAccountDirectoryAdapter(client);
    }

    public static StackOneAdapters create(StackOneSettings settings, Clock clock) {
        return new StackOneAdapters(StackOneClient.create(settings, clock), clock);
    }

    public StackOneConnectSessionAdapter connectSessions() {
        return connectSessions;
    }

    public StackOneLinkedAccountDirectoryAdapter accountDirectory() {
        return accountDirectory;
    }
}
