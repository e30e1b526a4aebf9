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
        LogFormats.apply(settings.operations().logFormat());
        Clock clock = Clock.systemUTC();
        ConnectApplication app = ConnectApplication.start(settings, clock);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping connect");
            app.close();
        }, "connect-shutdown"));
        System.out.println(StartupBanner.describe(settings, app, clock));
    }
}
