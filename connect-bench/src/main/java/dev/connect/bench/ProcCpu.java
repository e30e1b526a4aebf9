package dev.connect.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * CPU time as Linux's {@code /proc} counts it, in clock ticks of 10 ms ({@code USER_HZ} is 100 on every Linux the
 * harness is meant for). Where {@code /proc} does not tell (not Linux, a process gone), the readings are zero or
 * NaN, never an exception: a figure then reads "n/a" instead of ending the run.
 */
final class ProcCpu {

    private static final long NANOS_PER_TICK = TimeUnit.MILLISECONDS.toNanos(10);

    private ProcCpu() {
    }

    /** The fields of a {@code stat} file after the command's name (which may hold spaces): index 0 is the state. */
    static String[] statFields(Path stat) throws IOException {
        String text = Files.readString(stat);
        return text.substring(text.lastIndexOf(')') + 2).trim().split(" ");
    }

    /** {@code utime + stime} of a process or thread's {@code stat} fields, in ns. */
    static long ownNanos(String[] fields) {
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
    }

    /**
     * The CPU time of a server that forks a process per client (PostgreSQL): the process itself, its live children,
     * and the children it has already reaped ({@code cutime + cstime}), in ns; zero when it cannot be read.
     */
    static long processTreeNanos(long pid) {
        long nanos = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (name.isEmpty() || !Character.isDigit(name.charAt(0))) {
                    continue;
                }
                try {
                    String[] fields = statFields(process.resolve("stat"));
                    long self = Long.parseLong(name);
                    if (self == pid) {
                        nanos += ownNanos(fields)
                                + (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * NANOS_PER_TICK;
                    } else if (Long.parseLong(fields[1]) == pid) {
                        nanos += ownNanos(fields);
                    }
                } catch (IOException | RuntimeException gone) {
                    // ended meanwhile; once reaped, the parent's cutime holds it
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
        return nanos;
    }

    /** The machine's cores so far, from {@code /proc/stat}: ticks busy (steal included) and ticks in all. */
    record Machine(long busyTicks, long allTicks) {

        static Machine now() {
            try {
                String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0); // "cpu  user nice system idle iowait …"
                String[] ticks = cpu.substring(3).trim().split("\\s+");
                long all = 0;
                for (int i = 0; i < Math.min(8, ticks.length); i++) { // guest time is counted in user already
                    all += Long.parseLong(ticks[i]);
                }
                long idle = Long.parseLong(ticks[3]) + Long.parseLong(ticks[4]);
                return new Machine(all - idle, all);
            } catch (IOException | RuntimeException unreadable) {
                return new Machine(0, 0);
            }
        }

        /** The share of the machine's cores that were busy since {@code before} (0 to 1); NaN without readings. */
        double busySince(Machine before) {
            long all = allTicks - before.allTicks;
            return all <= 0 ? Double.NaN : (busyTicks - before.busyTicks) / (double) all;
        }
    }
}
