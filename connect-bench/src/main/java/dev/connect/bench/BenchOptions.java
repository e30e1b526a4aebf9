package dev.connect.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * The harness's options: {@code --quick} (a short run for iteration; no figure of it is a result), {@code --out=DIR},
 * {@code --app-jar=PATH}, {@code --postgres-url=…} (with {@code --postgres-user}, {@code --postgres-password}) to
 * use a server of one's own instead of the embedded one, {@code --jfr} to record each app run with Java Flight
 * Recorder and summarise where its time went, {@code --only=…} to run some of the scenarios.
 */
record BenchOptions(boolean quick, Path out, Path appJar, Optional<String> postgresUrl, String postgresUser,
                    String postgresPassword, boolean jfr, Set<String> only) {

    static final Set<String> SCENARIOS = Set.of("startup", "embedded", "postgres", "sessions");

    static final String USAGE = """
            usage: java -jar connect-bench/target/connect-bench.jar [--quick] [--jfr] [--out=DIR] [--app-jar=PATH]
                   [--postgres-url=jdbc:postgresql://… --postgres-user=… --postgres-password=…]
              --quick         short runs (about 2 minutes) for iteration; the full run takes about 6
              --jfr           record every app run with Java Flight Recorder and write a hot-spot summary beside it
              --out=DIR       where the table, bench.json, latency.png and logs go: a new or empty folder
                              (default: connect-bench/target/results/<time>)
              --app-jar=PATH  the app to measure (default: connect-app/target/connect-app.jar)
              --postgres-url  a PostgreSQL of your own (the user needs CREATE); default: an embedded PostgreSQL 17
              --only=LIST     some of startup, embedded, postgres, sessions (comma-separated); default: all
            """;

    static BenchOptions parse(String[] args) {
        boolean quick = false;
        boolean jfr = false;
        Path home = home();
        Path out = null;
        Path appJar = home.resolve("../../connect-app/target/connect-app.jar").normalize();
        String url = null;
        String user = "postgres";
        String password = "";
        Set<String> only = SCENARIOS;
        for (String arg : args) {
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
                case "--quick" -> quick = true;
                case "--jfr" -> jfr = true;
                case "--out" -> out = Path.of(value);
                case "--app-jar" -> appJar = Path.of(value);
                case "--postgres-url" -> url = value;
                case "--postgres-user" -> user = value;
                case "--postgres-password" -> password = value;
                case "--only" -> only = Set.of(value.split(","));
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        if (!SCENARIOS.containsAll(only)) {
            throw new IllegalArgumentException("--only takes " + SCENARIOS + "\n" + USAGE);
        }
        if (out == null) {
            out = home.resolve("results").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        }
        return new BenchOptions(quick, out.toAbsolutePath(), appJar.toAbsolutePath(), Optional.ofNullable(url), user,
                password, jfr, only);
    }

    /** A full-length or a quick run's duration. */
    Duration seconds(int full, int quickSeconds) {
        return Duration.ofSeconds(quick ? quickSeconds : full);
    }

    /** The directory of the harness's jar ({@code connect-bench/target}). */
    private static Path home() {
        try {
            Path jar = Path.of(BenchOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("connect-bench", "target").toAbsolutePath();
        }
    }
}
