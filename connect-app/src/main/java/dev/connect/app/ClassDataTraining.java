package dev.connect.app;

import dev.connect.adapters.jdbc.JdbcSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The build's training run for the class-data-sharing archive {@code connect-app/target/connect-app.jsa} that the
 * README's run command hands to the JVM ({@code -XX:SharedArchiveFile}). The build runs it once after packaging, under
 * {@code -XX:ArchiveClassesAtExit}: it starts connect as {@link Main} does — the embedded default, in a scratch
 * directory, on a free port — asks for the first answers a new user's browser asks for, builds the banner, stops, and
 * returns; the JVM then writes every class it loaded, already parsed and verified, to the archive. A start that maps
 * them instead of loading them from the jar is about 1.5 s shorter on two cores (docs/benchmarks.md).
 */
public final class ClassDataTraining {

    private static final String[] FIRST_REQUESTS = {"/health", "/health/ready", "/", "/openapi.json"};

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path scratch = Files.createTempDirectory("connect-class-data-training");
        try {
            ConnectSettings settings = ConnectSettings.fromEnvironment(Map.of(
                    "CONNECT_HTTP_PORT", "0",
                    "CONNECT_DATABASE_URL", JdbcSettings.sqliteFile(scratch.resolve("connect.db")).url()));
            LogFormats.apply(settings.operations().logFormat());
            Clock clock = Clock.systemUTC();
            try (ConnectApplication app = ConnectApplication.start(settings, clock)) {
                for (String path : FIRST_REQUESTS) {
                    get(app.httpPort(), path);
                }
                StartupBanner.describe(settings, app, clock);
            }
        } finally {
            deleteTree(scratch);
        }
    }

    /** Reads the whole answer, whatever its status: the classes that answer it are what counts here. */
    private static void get(int port, String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL()
                .openConnection();
        connection.getResponseCode();
        InputStream body = connection.getErrorStream() != null ? connection.getErrorStream()
                : connection.getInputStream();
        try (body) {
            body.readAllBytes();
        }
        connection.disconnect();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            });
        }
    }
}
