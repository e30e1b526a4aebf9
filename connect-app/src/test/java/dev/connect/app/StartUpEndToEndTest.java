package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.adapters.jdbc.JdbcSettings;
import dev.connect.domain.model.error.StorageUnavailableException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database and StackOne's side (the sandbox) start side by side: when either fails, start-up fails with its
 * error and whatever the other one started is stopped again.
 */
class StartUpEndToEndTest {

    @Test
    void aDatabaseThatCannotBeOpenedStopsTheSandboxStartedBesideIt() throws Exception {
        int sandboxPort = freePort();
        Map<String, String> env = settings(sandboxPort);
        env.put("CONNECT_DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + freePort() + "/connect");

        assertThatThrownBy(() -> ConnectApplication.start(ConnectSettings.fromEnvironment(env), Clock.systemUTC()))
                .isInstanceOf(StorageUnavailableException.class);

        try (ServerSocket again = new ServerSocket(sandboxPort, 50, InetAddress.getLoopbackAddress())) {
            assertThat(again.isBound()).as("the sandbox's port is free again").isTrue();
        }
    }

    @Test
    void aSandboxThatCannotStartClosesTheDatabaseOpenedBesideIt(@TempDir Path data) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Map<String, String> env = settings(taken.getLocalPort());
            String url = JdbcSettings.h2File(data.resolve("connect").toString()).url();
            env.put("CONNECT_DATABASE_URL", url);

            assertThatThrownBy(() -> ConnectApplication.start(ConnectSettings.fromEnvironment(env), Clock.systemUTC()))
                    .isNotInstanceOf(StorageUnavailableException.class);

            try (Connection probe = DriverManager.getConnection(url, "sa", "");
                 ResultSet sessions = probe.createStatement().executeQuery(
                         "SELECT count(*) FROM information_schema.sessions")) {
                sessions.next();
                assertThat(sessions.getInt(1)).as("no pooled connection is left open, only this probe").isEqualTo(1);
            }
        }
    }

    private static Map<String, String> settings(int sandboxPort) {
        Map<String, String> env = new HashMap<>();
        env.put("CONNECT_HTTP_PORT", "0");
        env.put("CONNECT_SANDBOX_PORT", Integer.toString(sandboxPort));
        env.put("CONNECT_AUTH_JWT_SECRET", ConnectSettingsTest.JWT_SECRET);
        return env;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
