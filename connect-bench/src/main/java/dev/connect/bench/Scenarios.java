package dev.connect.bench;

import dev.connect.sandbox.SandboxSettings;
import dev.connect.sandbox.StackOneSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * The scenarios, in the order they run. Each starts the app it measures as a child process and stops it again;
 * a scenario that fails is reported as a note and the others still run.
 */
final class Scenarios {

    static final int SENDERS = 16;
    static final int SESSION_SENDERS = 4;
    static final double FIXED_RATE = 2_000;
    private static final int OPEN_LOOP_WORKERS = 64;
    private static final int REDELIVERED = 1_000;
    /** PostgreSQL's backends report their statistics when idle, at most every 10 s. */
    private static final Duration STATISTICS_DELAY = Duration.ofSeconds(11);

    private final BenchOptions options;
    private final Report report;
    private final String webhookSecret = randomHex();
    private final String run = "b" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    Scenarios(BenchOptions options, Report report) {
        this.options = options;
        this.report = report;
    }

    // --- start-up ------------------------------------------------------------------------------------------------

    /** The embedded default with no configuration at all: first start (new database), then a restart on it. */
    void startUp() {
        section("start-up to ready, embedded default, no configuration");
        int rounds = options.quick() ? 1 : 3;
        List<Double> first = new ArrayList<>();
        List<Double> restart = new ArrayList<>();
        try {
            for (int round = 0; round < rounds; round++) {
                Path dir = options.out().resolve("startup-" + round);
                try (AppProcess app = launch("startup-" + round, dir, Map.of())) {
                    first.add(app.readyMillis());
                }
                try (AppProcess app = launch("startup-" + round + "-restart", dir, Map.of())) {
                    restart.add(app.readyMillis());
                }
                progress("round %d: first start %.0f ms, restart %.0f ms", round + 1, first.get(round), restart.get(round));
            }
        } catch (RuntimeException failure) {
            fail("start-up", failure);
        }
        report.add(Figure.of("startup.first", "start-up to ready, first start (median)", median(first), "ms").atMost(1500));
        report.add(Figure.of("startup.restart", "start-up to ready, restart (median)", median(restart), "ms").atMost(1500));
    }

    // --- the embedded default --------------------------------------------------------------------------------------

    /**
     * Intake on the embedded default (a SQLite file) until 100,000 events (10,000 quick), then its size on disk: every
     * file of its data directory, the write-ahead log included.
     */
    void embeddedDefault() {
        int events = options.quick() ? 10_000 : 100_000;
        section("intake on the embedded default, " + SENDERS + " senders, " + events + " events");
        Path dir = options.out().resolve("embedded");
        Path data = dir.resolve("data");
        Acknowledgements acks = new Acknowledgements(events);
        AccountEvents deliveries;
        try (AppProcess app = launch("embedded", dir, Map.of("CONNECT_WEBHOOK_SECRETS", webhookSecret))) {
            deliveries = new AccountEvents(run + "h", webhookSecret, app.port());
            long warmUp = warmUp(app, deliveries::signed, 0, events / 5, acks);
            LoadResult intake = onApp(app, () -> Load.closed("intake SQLite (embedded default)", app.port(), SENDERS,
                    options.seconds(300, 120), warmUp, events - warmUp, deliveries::signed, acks));
            progress("(%d events in the warm-up before it)", warmUp);
            report.add(intake);
            progress("%s: %.0f events/s, p50 %.2f ms, p99 %.2f ms", intake.name(), intake.perSecond(),
                    intake.percentileMillis(50), intake.percentileMillis(99));
            long appliedNow = acks.count("applied");
            double runningBytes = directorySize(data);
            report.add(Figure.of("embedded.intake", "intake, embedded default, 16 senders", intake.perSecond(), "events/s")
                    .atLeast(2000));
            report.add(Figure.of("embedded.p99", "  p99 latency (closed loop)", intake.percentileMillis(99), "ms"));
            report.add(Figure.of("embedded.cpu", "  app CPU per event", intake.appCpuMicrosPerAnswer(), "µs")
                    .note(Format.number(intake.generatorCpuMicrosPerAnswer()) + " µs of the generator's"));
            report.add(Figure.of("embedded.busy", "  machine's cores busy", 100 * intake.cpu().machineBusy(), "%"));
            report.add(Figure.of("embedded.rss", "  peak resident memory (-Xmx256m)", app.peakResidentMiB(), "MiB").atMost(400));
            report.add(Figure.of("embedded.events", "  events applied", appliedNow, "events"));
            report.add(Figure.of("embedded.bytesPerEvent", "  on disk per applied event, running", runningBytes / appliedNow,
                    "bytes").atMost(2048).note(Format.number(runningBytes / 1e6) + " MB"));
            report.detail("embedded.answers", acks.answers());
        } catch (RuntimeException failure) {
            fail("embedded default", failure);
            return;
        }
        jfrSummary("embedded");
        double closedBytes = directorySize(data);
        report.add(Figure.of("embedded.bytesPerEventClosed", "  on disk per applied event, after shutdown",
                closedBytes / Math.max(1, acks.count("applied")), "bytes"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("connect.db"))) {
            registry("embedded", connection, deliveries, acks);
        } catch (Exception failure) {
            fail("embedded default: registry check", failure);
        }
    }

    // --- PostgreSQL ----------------------------------------------------------------------------------------------

    void postgres() {
        section("PostgreSQL");
        try (BenchPostgres postgres = options.postgresUrl()
                .map(url -> BenchPostgres.given(url, options.postgresUser(), options.postgresPassword()))
                .orElseGet(() -> BenchPostgres.embedded(options.out().resolve("postgres-data")))) {
            report.detail("postgres", postgres.describe());
            double commits = postgres.commitsPerSecond(postgres.freshDatabase("probe"), SENDERS, options.quick() ? 3 : 5);
            progress("the database alone: %.0f single-row commits/s from %d connections", commits, SENDERS);
            report.add(Figure.of("pg.commits", "PostgreSQL alone: commits/s, 16 connections", commits, "commits/s"));
            String url = postgres.freshDatabase("connect");
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("CONNECT_DATABASE_URL", url);
            environment.put("CONNECT_DATABASE_USER", postgres.user());
            environment.put("CONNECT_DATABASE_PASSWORD", postgres.password());
            environment.put("CONNECT_WEBHOOK_SECRETS", webhookSecret);
            Acknowledgements acks = new Acknowledgements(1_200_000);
            AccountEvents deliveries;
            try (AppProcess app = launch("postgres", options.out().resolve("postgres-app"), environment)) {
                deliveries = new AccountEvents(run + "p", webhookSecret, app.port());
                LongSupplier database = postgres::serverCpuNanos;
                unsignedFlood(app, deliveries, postgres, url);
                LoadResult ceiling = signatureOnly(app, deliveries, database);
                LoadResult intake = intake(app, deliveries, acks, ceiling, database);
                openLoop(app, deliveries, acks, intake.answered() + 5_000, database);
                redeliver(app, deliveries, acks);
                report.add(Figure.of("pg.rss", "peak resident memory, PostgreSQL run (-Xmx256m)",
                        app.peakResidentMiB(), "MiB").atMost(400));
            }
            jfrSummary("postgres");
            try (Connection connection = postgres.connect(url)) {
                registry("pg", connection, deliveries, acks);
            }
        } catch (Exception failure) {
            fail("PostgreSQL", failure);
        }
    }

    /** Unsigned deliveries: how fast they are refused, and what they cost the database (nothing, ideally). */
    private void unsignedFlood(AppProcess app, AccountEvents deliveries, BenchPostgres postgres, String url)
            throws Exception {
        warmUp(app, deliveries::unsigned, 0, Long.MAX_VALUE, (i, response) -> { });
        progress("unsigned flood: waiting %d s for PostgreSQL's statistics to settle", STATISTICS_DELAY.toSeconds());
        Thread.sleep(STATISTICS_DELAY.toMillis());
        long[] before = postgres.writesSoFar(url);
        LoadResult flood = onApp(app, postgres::serverCpuNanos, () -> Load.closed("unsigned flood (401)", app.port(),
                SENDERS, options.seconds(10, 4), 0, Long.MAX_VALUE, deliveries::unsigned, (i, response) -> { }));
        report.add(flood);
        progress("%s: %.0f answers/s %s; waiting %d s for the statistics", flood.name(), flood.perSecond(),
                flood.statuses(), STATISTICS_DELAY.toSeconds());
        Thread.sleep(STATISTICS_DELAY.toMillis());
        long[] after = postgres.writesSoFar(url);
        report.add(Figure.of("unsigned.rate", "unsigned flood: answers/s (401)", flood.perSecond(), "answers/s")
                .atLeast(10_000));
        report.add(Figure.of("unsigned.cpu", "  app CPU per answer", flood.appCpuMicrosPerAnswer(), "µs"));
        report.add(Figure.of("unsigned.rows", "  rows the flood wrote", after[0] - before[0], "rows").atMost(0)
                .note((after[1] - before[1]) + " transactions committed meanwhile"));
        report.detail("unsigned.statuses", flood.statuses());
    }

    /** Signed but stale deliveries: signature checked, body decoded, refused as stale — nothing to store. */
    private LoadResult signatureOnly(AppProcess app, AccountEvents deliveries, LongSupplier database) {
        warmUp(app, deliveries::stale, 0, Long.MAX_VALUE, (i, response) -> { });
        LoadResult ceiling = onApp(app, database, () -> Load.closed("signature only (stale, 400)", app.port(), SENDERS,
                options.seconds(10, 4), 0, Long.MAX_VALUE, deliveries::stale, (i, response) -> { }));
        report.add(ceiling);
        progress("%s: %.0f answers/s %s", ceiling.name(), ceiling.perSecond(), ceiling.statuses());
        report.detail("signatureOnly.statuses", ceiling.statuses());
        return ceiling;
    }

    private LoadResult intake(AppProcess app, AccountEvents deliveries, Acknowledgements acks, LoadResult ceiling,
                              LongSupplier database) {
        long warmUp = warmUp(app, deliveries::signed, 0, 200_000, acks);
        LoadResult intake = onApp(app, database, () -> Load.closed("intake PostgreSQL", app.port(), SENDERS,
                options.seconds(20, 5), warmUp, 1_000_000, deliveries::signed, acks));
        report.add(intake);
        progress("%s: %.0f events/s, p50 %.2f ms, p99 %.2f ms %s", intake.name(), intake.perSecond(),
                intake.percentileMillis(50), intake.percentileMillis(99), intake.statuses());
        report.add(Figure.of("pg.intake", "intake, PostgreSQL durable, 16 senders", intake.perSecond(), "events/s")
                .atLeast(5000));
        report.add(Figure.of("pg.ceiling", "  signature-only ceiling, same server", ceiling.perSecond(), "answers/s"));
        report.add(Figure.of("pg.ratio", "  intake / ceiling", intake.perSecond() / ceiling.perSecond(), "×")
                .atLeast(0.5));
        report.add(Figure.of("pg.p50", "  p50 latency (closed loop)", intake.percentileMillis(50), "ms"));
        report.add(Figure.of("pg.p99", "  p99 latency (closed loop)", intake.percentileMillis(99), "ms"));
        report.add(Figure.of("pg.cpu", "  app CPU per event (ceiling: per answer)", intake.appCpuMicrosPerAnswer(), "µs")
                .note(Format.number(ceiling.appCpuMicrosPerAnswer()) + " µs per signature-only answer"));
        cpuBudget("pg", intake, ceiling);
        return intake;
    }

    private void openLoop(AppProcess app, AccountEvents deliveries, Acknowledgements acks, long firstIndex,
                          LongSupplier database) {
        LoadResult fixed = onApp(app, database, () -> Load.open("fixed 2,000/s PostgreSQL (open loop)", app.port(),
                OPEN_LOOP_WORKERS, FIXED_RATE, options.seconds(20, 5), firstIndex, deliveries::signed, acks));
        report.add(fixed);
        report.timeline(fixed);
        progress("%s: %.0f answered/s, p50 %.2f ms, p99 %.2f ms, max %.1f ms %s", fixed.name(), fixed.perSecond(),
                fixed.percentileMillis(50), fixed.percentileMillis(99), fixed.maxMillis(), fixed.statuses());
        report.add(Figure.of("pg.fixed.p99", "p99 at a fixed 2,000 events/s (PostgreSQL)", fixed.percentileMillis(99),
                "ms").atMost(50));
        report.add(Figure.of("pg.fixed.p50", "  p50", fixed.percentileMillis(50), "ms"));
        report.add(Figure.of("pg.fixed.max", "  max", fixed.maxMillis(), "ms"));
        report.add(Figure.of("pg.fixed.busy", "  machine's cores busy", 100 * fixed.cpu().machineBusy(), "%"));
    }

    /**
     * Where an intake's CPU went, beside its ceiling's: the database server's and the generator's per event (the
     * app's is reported with the intake), how busy the machine's cores were, and the rate the cores would allow if
     * they did nothing but this run's three processes — the bound a faster intake would have to lower.
     */
    private void cpuBudget(String key, LoadResult intake, LoadResult ceiling) {
        report.add(Figure.of(key + ".cpu.database", "  database server CPU per event",
                intake.databaseCpuMicrosPerAnswer(), "µs")
                .note(Format.number(ceiling.databaseCpuMicrosPerAnswer()) + " µs per signature-only answer"));
        report.add(Figure.of(key + ".cpu.generator", "  load generator CPU per event",
                intake.generatorCpuMicrosPerAnswer(), "µs")
                .note(Format.number(ceiling.generatorCpuMicrosPerAnswer()) + " µs per signature-only answer"));
        report.add(Figure.of(key + ".busy", "  machine's cores busy", 100 * intake.cpu().machineBusy(), "%")
                .note(Format.number(100 * ceiling.cpu().machineBusy()) + " % in the signature-only run"));
        double perEvent = intake.appCpuMicrosPerAnswer() + intake.databaseCpuMicrosPerAnswer()
                + intake.generatorCpuMicrosPerAnswer();
        int cores = Runtime.getRuntime().availableProcessors();
        report.add(Figure.of(key + ".cpuBound", "  the cores' bound: " + cores + " cores / CPU per event",
                cores * 1e6 / perEvent, "events/s")
                .note(Format.number(perEvent) + " µs of CPU per event, app, database and generator"));
    }

    /** Acknowledged events sent again (StackOne's re-send after an outage): each must be a duplicate. */
    private void redeliver(AppProcess app, AccountEvents deliveries, Acknowledgements acks) {
        List<Integer> sample = new ArrayList<>();
        for (int i = 0; i < acks.capacity() && sample.size() < REDELIVERED; i += 7) {
            if (acks.timesApplied(i) > 0) {
                sample.add(i);
            }
        }
        Acknowledgements again = new Acknowledgements(acks.capacity());
        LoadResult redelivery = Load.closed("redelivery", app.port(), SENDERS, Duration.ofMinutes(1), 0, sample.size(),
                n -> deliveries.signed(sample.get((int) n)), (n, response) -> again.answered(sample.get((int) n), response));
        progress("redelivered %d acknowledged events: %s", redelivery.answered(), again.answers());
        report.add(Figure.of("pg.redelivered.applied", "redelivered acknowledged events applied again",
                again.count("applied"), "events").atMost(0).note(sample.size() + " redelivered"));
    }

    /**
     * Connect sessions: the app (embedded default, with a StackOne API key pointing at a sandbox the harness runs) and
     * that same sandbox called directly, at the same concurrency.
     */
    void sessions() {
        section("connect sessions, " + SESSION_SENDERS + " senders: through the app and straight to the sandbox");
        String jwtSecret = randomHex();
        try (StackOneSandbox sandbox = StackOneSandbox.start(SandboxSettings.builder().port(0)
                .apiKey("v1.bench." + randomHex()).webhookSecrets(List.of(randomHex())).build())) {
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("CONNECT_STACKONE_API_KEY", sandbox.apiKey());
            environment.put("CONNECT_STACKONE_BASE_URL", sandbox.baseUrl().toString());
            environment.put("CONNECT_WEBHOOK_SECRETS", webhookSecret);
            environment.put("CONNECT_AUTH_JWT_SECRET", jwtSecret);
            // one owner opens every session: its fair-use quota (60 a minute by default) would answer nearly all 429
            environment.put("CONNECT_OWNER_RATE_LIMIT", "off");
            try (AppProcess app = launch("sessions", options.out().resolve("sessions-app"), environment)) {
                sessions(app, sandbox, jwtSecret);
            }
            jfrSummary("sessions");
        } catch (RuntimeException failure) {
            fail("connect sessions", failure);
        }
    }

    private void sessions(AppProcess app, StackOneSandbox sandbox, String jwtSecret) {
        long now = Instant.now().getEpochSecond();
        String token = Signatures.hs256(jwtSecret, "{\"sub\":\"dev@bench.test\",\"org_id\":\"bench-owner\","
                + "\"org_name\":\"Bench Ltd\",\"email\":\"dev@bench.test\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}");
        byte[] viaApp = Requests.post(app.port(), "/v1/connect-sessions", Map.of("Authorization", "Bearer " + token),
                "{}".getBytes(StandardCharsets.UTF_8));
        String basic = Base64.getEncoder().encodeToString((sandbox.apiKey() + ":").getBytes(StandardCharsets.UTF_8));
        byte[] direct = Requests.post(sandbox.port(), "/connect_sessions", Map.of("Authorization", "Basic " + basic),
                ("{\"origin_owner_id\":\"bench-owner\",\"origin_owner_name\":\"Bench Ltd\","
                        + "\"origin_username\":\"dev@bench.test\",\"expires_in\":1800}").getBytes(StandardCharsets.UTF_8));
        Duration length = options.seconds(10, 3);
        Load.closed("warm-up", sandbox.port(), SESSION_SENDERS, options.seconds(5, 2), 0, Long.MAX_VALUE, i -> direct,
                (i, r) -> { });
        warmUp(app, i -> viaApp, 0, Long.MAX_VALUE, (i, r) -> { });
        LoadResult sandboxRun = Load.closed("session: sandbox direct", sandbox.port(), SESSION_SENDERS, length, 0,
                Long.MAX_VALUE, i -> direct, (i, r) -> { });
        LoadResult appRun = onApp(app, () -> Load.closed("session: through the app", app.port(), SESSION_SENDERS,
                length, 0, Long.MAX_VALUE, i -> viaApp, (i, r) -> { }));
        report.add(sandboxRun);
        report.add(appRun);
        progress("sessions, %d senders: direct p50 %.2f p99 %.2f ms %s; through the app p50 %.2f p99 %.2f ms %s",
                SESSION_SENDERS, sandboxRun.percentileMillis(50), sandboxRun.percentileMillis(99), sandboxRun.statuses(),
                appRun.percentileMillis(50), appRun.percentileMillis(99), appRun.statuses());
        report.add(Figure.of("session.overhead.p50", "connect-session overhead over the sandbox, median",
                appRun.percentileMillis(50) - sandboxRun.percentileMillis(50), "ms").atMost(1));
        report.add(Figure.of("session.overhead.p99", "connect-session overhead over the sandbox, p99",
                appRun.percentileMillis(99) - sandboxRun.percentileMillis(99), "ms").atMost(5));
        report.add(Figure.of("session.direct.p50", "  sandbox direct, median / p99", sandboxRun.percentileMillis(50), "ms")
                .note("p99 " + Format.number(sandboxRun.percentileMillis(99)) + " ms"));
        report.add(Figure.of("session.app.p50", "  through the app, median / p99", appRun.percentileMillis(50), "ms")
                .note("p99 " + Format.number(appRun.percentileMillis(99)) + " ms"));
        report.add(Figure.of("session.cpu", "  app CPU per session", appRun.appCpuMicrosPerAnswer(), "µs"));
        if (appRun.count(201) != appRun.answered() || sandboxRun.count(201) != sandboxRun.answered()) {
            report.note("some connect sessions were not created: app " + appRun.statuses() + ", sandbox "
                    + sandboxRun.statuses());
        }
    }

    // --- shared --------------------------------------------------------------------------------------------------

    /**
     * Drives the path about to be measured first, so that the JIT has compiled it: the figures are the steady
     * state's, not those of a fresh JVM whose compiler threads take a core's share from the requests. At least 10 s
     * (quick: 4 s), then in rounds of 3 s while the compiler threads still used more than a tenth of a core, up to
     * 180 s (quick: 30 s) and at most {@code maxRequests} requests. On two shared cores the compiler, itself starved,
     * needs far longer than 10 s: in one run it took about 45 s of intake before its share fell from 30-60 % to 1 %,
     * and the connect sessions, which run more code per request at a tenth of the intake's rate, took 107 to 146 s;
     * stopped at 60 s, with the compiler still at 28 %, they measured a JVM still compiling (1,700 µs of the app's CPU
     * per session, where the settled app spends 433 to 557).
     *
     * @return how many requests it sent, answered or not (the measured run's indices start after them)
     */
    private long warmUp(AppProcess app, Load.Source source, long firstIndex, long maxRequests, Load.Sink sink) {
        long sent = 0;
        long started = System.nanoTime();
        long limit = options.seconds(180, 30).toNanos();
        Duration round = options.seconds(10, 4);
        double compilerShare;
        do {
            long compilerBefore = app.compilerCpuNanos();
            long roundStart = System.nanoTime();
            LoadResult warmUp = Load.closed("warm-up", app.port(), SENDERS, round, firstIndex + sent,
                    maxRequests - sent, source, sink);
            sent += warmUp.answered() + warmUp.failures();
            compilerShare = (app.compilerCpuNanos() - compilerBefore) / (double) (System.nanoTime() - roundStart);
            round = Duration.ofSeconds(3);
        } while (compilerShare > 0.1 && sent < maxRequests && System.nanoTime() - started < limit);
        progress("warm-up: %.0f s, %d requests; the JIT compiler used %.0f %% of a core at its end",
                (System.nanoTime() - started) / 1e9, sent, 100 * compilerShare);
        return sent;
    }

    /**
     * Runs a load against the app and notes the CPU time the app spent on it; says so when requests failed or the app
     * is gone (something on the machine stopped it: the figures of that run mean nothing).
     */
    private LoadResult onApp(AppProcess app, java.util.function.Supplier<LoadResult> load) {
        return onApp(app, () -> -1, load);
    }

    /** As {@link #onApp(AppProcess, java.util.function.Supplier)}, noting the database server's CPU time too. */
    private LoadResult onApp(AppProcess app, LongSupplier database, java.util.function.Supplier<LoadResult> load) {
        CpuUse.Meter meter = new CpuUse.Meter(app, database);
        LoadResult result = load.get();
        CpuUse cpu = meter.stop();
        if (!app.isAlive()) {
            report.note("the app exited during \"" + result.name() + "\" (see its log): its figures are not results");
        }
        if (result.failures() > 0) {
            report.note(result.failures() + " requests of \"" + result.name() + "\" got no answer");
        }
        return result.withCpu(cpu);
    }

    private void registry(String key, Connection connection, AccountEvents deliveries, Acknowledgements acks)
            throws Exception {
        RegistryCheck check = RegistryCheck.of(connection, deliveries, acks);
        progress("registry (%s): %s", key, check);
        report.detail(key + ".registry", check);
        report.add(Figure.of(key + ".lost", "  " + key + ": acknowledged events lost", check.lost(), "events").atMost(0)
                .note(check.acknowledged() + " acknowledged, " + check.inboxRows() + " inbox rows"));
        report.add(Figure.of(key + ".twice", "  " + key + ": events applied twice", check.appliedTwice(), "events").atMost(0));
    }

    private AppProcess launch(String label, Path dir, Map<String, String> environment) {
        List<String> jvm = new ArrayList<>();
        if (options.jfr()) {
            jvm.add("-XX:StartFlightRecording=filename=" + options.out().resolve(label + ".jfr")
                    + ",settings=profile,dumponexit=true");
        }
        return AppProcess.start(options.appJar(), dir, environment, jvm, options.out().resolve(label + ".log"));
    }

    private void jfrSummary(String label) {
        Path recording = options.out().resolve(label + ".jfr");
        if (options.jfr() && Files.exists(recording)) {
            try {
                JfrHotspots.write(recording, options.out().resolve(label + "-hotspots.txt"));
                progress("flight recording: %s, summary %s-hotspots.txt", recording, label);
            } catch (IOException | RuntimeException failure) {
                fail("summarising " + recording, failure);
            }
        }
    }

    private void fail(String what, Exception failure) {
        report.note(what + " failed: " + failure);
        System.err.println(what + " failed:");
        failure.printStackTrace();
    }

    /** The bytes of the files in {@code directory} (not below it). */
    private static double directorySize(Path directory) {
        try (var files = Files.list(directory)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void section(String title) {
        System.out.printf(Locale.ROOT, "%n== %s (load average %s)%n", title, BenchMain.loadAverage());
    }

    private static void progress(String format, Object... args) {
        System.out.printf(Locale.ROOT, "  " + format + "%n", args);
    }

    private static String randomHex() {
        byte[] bytes = new byte[24];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
