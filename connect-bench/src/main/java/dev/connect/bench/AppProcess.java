package dev.connect.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The assembled app as a user runs it: {@code java -Xmx256m -XX:SharedArchiveFile=connect-app.jsa -jar connect-app.jar}
 * (the README's run command; without the archive when none beside the jar fits it, e.g. an older or a copied build's)
 * in its own working directory (where the embedded default puts {@code ./data}), configured only through
 * {@code CONNECT_…} variables. Measures the time from launching the process until {@code GET /health} answers 200, and
 * reads its resident memory from {@code /proc}.
 */
final class AppProcess implements AutoCloseable {

    static final String HEAP = "-Xmx256m";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Map<Path, Optional<Path>> USABLE_ARCHIVES = new ConcurrentHashMap<>();

    private final Process process;
    private final int port;
    private final long readyNanos;
    private final Path workDir;

    private AppProcess(Process process, int port, long readyNanos, Path workDir) {
        this.process = process;
        this.port = port;
        this.readyNanos = readyNanos;
        this.workDir = workDir;
    }

    /**
     * Launches the app and returns once it answers {@code GET /health} with 200.
     *
     * @param environment {@code CONNECT_…} settings; {@code CONNECT_HTTP_PORT} is chosen here
     * @param jvmOptions  beyond {@link #HEAP}, e.g. a flight recording
     */
    static AppProcess start(Path appJar, Path workDir, Map<String, String> environment, List<String> jvmOptions,
                            Path log) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), HEAP));
        classDataArchive(appJar).ifPresent(archive -> command.add("-XX:SharedArchiveFile=" + archive));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", appJar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("CONNECT_"));
        builder.environment().putAll(environment);
        builder.environment().put("CONNECT_HTTP_PORT", Integer.toString(port));
        try {
            Files.createDirectories(workDir);
            long launched = System.nanoTime();
            Process process = builder.start();
            awaitHealthy(process, port, log);
            return new AppProcess(process, port, System.nanoTime() - launched, workDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot launch " + appJar, e);
        }
    }

    /**
     * The class-data-sharing archive the build writes beside the jar ({@code connect-app.jsa}), if the JVM takes it for
     * this jar. An archive serves only the jar it was made from, at that path and with that time stamp; beside a copy
     * of the jar the JVM drops it with one warning line, in the app's log where no one reads it, and the start-up and
     * memory figures would be those of a start without it, under a header that names it.
     */
    static Optional<Path> classDataArchive(Path appJar) {
        return USABLE_ARCHIVES.computeIfAbsent(appJar.toAbsolutePath(),
                jar -> archiveBeside(jar).filter(archive -> jvmTakes(archive, jar)));
    }

    /** {@code connect-app.jsa} beside {@code connect-app.jar}, whether or not it fits the jar. */
    static Optional<Path> archiveBeside(Path appJar) {
        String name = appJar.getFileName().toString().replaceFirst("\\.jar$", "") + ".jsa";
        Path archive = appJar.toAbsolutePath().resolveSibling(name);
        return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
    }

    private static boolean jvmTakes(Path archive, Path appJar) {
        // -Xshare:on turns a mismatch into an exit status; PrintSharedArchiveAndExit checks the class path and stops.
        ProcessBuilder check = new ProcessBuilder(javaExecutable(), HEAP, "-Xshare:on",
                "-XX:SharedArchiveFile=" + archive, "-XX:+PrintSharedArchiveAndExit", "-jar", appJar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = check.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    Path workDir() {
        return workDir;
    }

    /** From launching the process to the first 200 of {@code GET /health}. */
    double readyMillis() {
        return readyNanos / 1e6;
    }

    /** The peak resident set so far ({@code VmHWM}), in MiB; NaN where {@code /proc} does not tell. */
    double peakResidentMiB() {
        return procStatus("VmHWM:");
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The CPU time the process has used so far, all threads (from the OS; zero where it does not tell). */
    long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /**
     * The CPU time the app's JIT compiler threads have used so far (from {@code /proc/<pid>/task}); zero where
     * {@code /proc} does not tell. Linux counts it in ticks of 10 ms.
     */
    long compilerCpuNanos() {
        long nanos = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(task.resolve("comm"));
                    if (name.startsWith("C2 CompilerThre") || name.startsWith("C1 CompilerThre")) {
                        nanos += ProcCpu.ownNanos(ProcCpu.statFields(task.resolve("stat")));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return 0; // not Linux, or the process is gone
        }
        return nanos;
    }

    /** The resident set now ({@code VmRSS}), in MiB. */
    double residentMiB() {
        return procStatus("VmRSS:");
    }

    private double procStatus(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").trim()) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // not Linux, or the process is gone
        }
        return Double.NaN;
    }

    /** Stops it as an operator would (SIGTERM: the shutdown hook closes the database), or kills it after 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void awaitHealthy(Process process, int port, Path log) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        byte[] health = Requests.get(port, "/health");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with status " + process.exitValue() + "; see " + log);
            }
            try (HttpConnection connection = new HttpConnection(port)) {
                if (connection.exchange(health).status() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the app was not ready within " + READY_TIMEOUT.toSeconds() + " s; see " + log);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
