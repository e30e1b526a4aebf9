package dev.connect.app;

import dev.connect.adapters.jdbc.JdbcSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Starts the assembled app in its embedded default (no StackOne key) on free ports, with a database in {@code dir}. */
final class SandboxMode {

    private SandboxMode() {
    }

    static ConnectApplication start(Path dir) {
        Map<String, String> env = new HashMap<>();
        env.put("CONNECT_HTTP_PORT", "0");
        env.put("CONNECT_AUTH_JWT_SECRET", ConnectSettingsTest.JWT_SECRET);
        env.put("CONNECT_DATABASE_URL", JdbcSettings.h2File(dir.resolve("connect").toString()).url());
        ConnectApplication app = ConnectApplication.start(ConnectSettings.fromEnvironment(env), Clock.systemUTC());
        if (app.sandbox().isEmpty()) {
            app.close();
            throw new AssertionError("without an API key the sandbox must run");
        }
        return app;
    }
}
