package dev.connect.app;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts connect from the environment; stops it gracefully on SIGTERM or Ctrl-C. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        ConnectSettings settings;
        try {
            settings = ConnectSettings.fromEnvironment(System.getenv());
        } catch (InvalidSettingsException invalid) {
            System.err.println("connect cannot start: " + invalid.getMessage());
            System.exit(2);
            return;
        }
        ConnectApplication app = ConnectApplication.start(settings, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping connect");
            app.close();
        }, "connect-shutdown"));
        LOG.info("connect listens on http://{}:{} (StackOne at {})", settings.httpHost(), app.httpPort(),
                settings.stackOne().baseUrl());
    }
}
