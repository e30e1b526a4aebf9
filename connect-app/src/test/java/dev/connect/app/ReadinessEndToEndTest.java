package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readiness follows the database: the assembled app on an H2 database served over TCP by a server the test stops and
 * starts again; the background check (every second here) turns {@code /health/ready} to 503 naming {@code storage}
 * while the server is down and back to 200 once it returns, while {@code /health/live} stays 200 throughout.
 */
class ReadinessEndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newHttpClient();
    private Server database;
    private ConnectApplication app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void notReadyWhileTheDatabaseIsDownAndReadyAgainWhenItReturns(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        database = tcpServer(dir, port);
        app = SandboxMode.start(dir, ConnectSettings.HttpServer.JAVALIN, Map.of(
                "CONNECT_DATABASE_URL", "jdbc:h2:tcp://127.0.0.1:" + port + "/connect;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
                "CONNECT_READINESS_INTERVAL", "1s"));
        assertThat(get("/health/ready").statusCode()).as("checked once at start").isEqualTo(200);

        database.stop();
        HttpResponse<String> down = await("/health/ready", response -> response.statusCode() == 503);
        assertThat(down.body()).isEqualTo("{\"status\":\"down\",\"failing\":[\"storage\"]}");
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        assertThat(get("/health/live").body()).contains("\"degraded\":[\"storage\"]");

        database = tcpServer(dir, port);
        HttpResponse<String> up = await("/health/ready", response -> response.statusCode() == 200);
        assertThat(up.body()).isEqualTo("{\"status\":\"up\"}");
    }

    private static Server tcpServer(Path dir, int port) throws Exception {
        return Server.createTcpServer("-tcpPort", Integer.toString(port), "-baseDir", dir.toString(), "-ifNotExists")
                .start();
    }

    private HttpResponse<String> await(String path, Predicate<HttpResponse<String>> condition) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        HttpResponse<String> latest = get(path);
        while (!condition.test(latest) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            latest = get(path);
        }
        assertThat(condition).as("within %s: %s", PATIENCE, latest.body()).accepts(latest);
        return latest;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
