package dev.connect.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark harness: measures the assembled app against the performance targets of issue 11 and prints every
 * figure. See docs/benchmarks.md for the command, the scenarios and the latest figures.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException usage) {
            System.err.println(usage.getMessage());
            System.exit(2);
            return;
        }
        if (!Files.isRegularFile(options.appJar())) {
            System.err.println("no app jar at " + options.appJar() + ": build it first with\n"
                    + "  mvn -B -q -pl connect-bench -am package -DskipTests");
            System.exit(2);
            return;
        }
        if (Files.isDirectory(options.out()) && !isEmpty(options.out())) {
            // an earlier run's data directories would be reused: a "first start" on an existing database, an
            // embedded file holding two runs' events
            System.err.println("the output folder " + options.out() + " holds an earlier run: give a new or empty one");
            System.exit(2);
            return;
        }
        Files.createDirectories(options.out());
        Report report = new Report();
        Map<String, Object> context = context(options);
        System.out.printf(Locale.ROOT, "connect-bench%s: %s, %s cores, load average %s; results in %s%n",
                options.quick() ? " --quick" : "", context.get("cpu"), context.get("cores"), loadAverage(), options.out());
        System.out.printf(Locale.ROOT, "the app: %s, class-data archive: %s%n", context.get("appJar"),
                context.get("classDataArchive"));

        Instant started = Instant.now();
        Scenarios scenarios = new Scenarios(options, report);
        if (options.only().contains("startup")) {
            scenarios.startUp();
        }
        if (options.only().contains("embedded")) {
            scenarios.embeddedDefault();
        }
        if (options.only().contains("postgres")) {
            scenarios.postgres();
        }
        if (options.only().contains("sessions")) {
            scenarios.sessions();
        }

        context.put("loadAverageAfter", loadAverage());
        context.put("minutes", Duration.between(started, Instant.now()).toSeconds() / 60.0);
        report.write(options.out(), context);
        System.out.println();
        System.out.print(report.table());
        System.out.printf(Locale.ROOT, "%nload average before %s, after %s; %.1f minutes; table, bench.json and "
                        + "latency.png in %s%n", context.get("loadAverageBefore"), context.get("loadAverageAfter"),
                (double) context.get("minutes"), options.out());
    }

    private static Map<String, Object> context(BenchOptions options) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("started", Instant.now().toString());
        context.put("mode", options.quick() ? "quick" : "full");
        context.put("cpu", cpuModel());
        context.put("cores", Runtime.getRuntime().availableProcessors());
        context.put("memoryGiB", memoryGiB());
        context.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        context.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        context.put("loadAverageBefore", loadAverage());
        context.put("appJar", options.appJar().toString());
        context.put("classDataArchive", AppProcess.classDataArchive(options.appJar()).map(Path::toString)
                .orElse(AppProcess.archiveBeside(options.appJar()).isPresent()
                        ? "none (the one beside the jar was made for another copy of it: measure a jar where it was"
                                + " built)"
                        : "none"));
        return context;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return String.join(" ", Arrays.copyOf(parts, 3));
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static double memoryGiB() {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("/proc/meminfo")));
            String total = lines.get(0).replaceAll("[^0-9]", "");
            return Math.round(Long.parseLong(total) / 1024.0 / 1024.0 * 10) / 10.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (var entries = Files.list(directory)) {
            return entries.findFirst().isEmpty();
        }
    }
}
