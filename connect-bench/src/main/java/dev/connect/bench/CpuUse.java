package dev.connect.bench;

import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Where the machine's CPU went during one load run: the app, the database server (when the harness runs it), the
 * harness itself (the load generator: its senders and their bookkeeping), and how busy the machine's cores were in
 * all, whatever ran on them. Together they say whether a run was limited by the cores or by waiting.
 *
 * @param appNanos       the app's process, all threads
 * @param databaseNanos  the database server's processes, or -1 when not measured (the embedded default runs inside
 *                       the app; a server given by URL may be on another host)
 * @param generatorNanos the harness's own process, or -1 when not measured
 * @param machineBusy    the share of all the machine's cores that were busy (0 to 1), or NaN
 */
record CpuUse(long appNanos, long databaseNanos, long generatorNanos, double machineBusy) {

    static final CpuUse UNMEASURED = new CpuUse(-1, -1, -1, Double.NaN);

    /** Measures the CPU of one load run from its start; {@code database} answers -1 when it cannot tell. */
    static final class Meter {

        private final AppProcess app;
        private final LongSupplier database;
        private final long app0;
        private final long database0;
        private final long generator0;
        private final ProcCpu.Machine machine0;

        Meter(AppProcess app, LongSupplier database) {
            this.app = app;
            this.database = database;
            this.machine0 = ProcCpu.Machine.now();
            this.app0 = app.cpuNanos();
            this.database0 = database.getAsLong();
            this.generator0 = generatorNanos();
        }

        CpuUse stop() {
            long generator = generatorNanos();
            long databaseNow = database.getAsLong();
            long appNow = app.cpuNanos();
            return new CpuUse(appNow - app0, database0 < 0 || databaseNow < 0 ? -1 : databaseNow - database0,
                    generator0 < 0 ? -1 : generator - generator0, ProcCpu.Machine.now().busySince(machine0));
        }

        private static long generatorNanos() {
            return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                    .getProcessCpuTime();
        }
    }

    /** A part's CPU per answer in µs; NaN when it was not measured or nothing was answered. */
    static double microsPer(long nanos, long answered) {
        return nanos < 0 || answered == 0 ? Double.NaN : nanos / 1e3 / answered;
    }
}
