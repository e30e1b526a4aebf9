package dev.connect.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A text summary of a flight recording's CPU samples: where the app's threads were running (the top frame, by
 * method and by package), which of connect's own methods were on the stack (inclusive), and where threads waited
 * (monitor contention and parking, by the first frame of connect or a library that explains it).
 */
final class JfrHotspots {

    private JfrHotspots() {
    }

    static String summarise(Path recording, int top) throws IOException {
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> packages = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> libraries = new HashMap<>();
        Map<String, Long> threads = new HashMap<>();
        Map<String, Long> blocked = new HashMap<>();
        long samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                String method = name(frames.get(0));
                self.merge(method, 1L, Long::sum);
                packages.merge(packageOf(frames.get(0)), 1L, Long::sum);
                String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
                threads.merge(thread == null ? "?" : thread.replaceAll("[-#]?\\d+$", ""), 1L, Long::sum);
                Set<String> seen = new HashSet<>();
                Set<String> seenLibraries = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String name = name(frame);
                    if (name.startsWith("dev.connect") && seen.add(name)) {
                        inclusive.merge(name, 1L, Long::sum);
                    }
                    if (seenLibraries.add(library(frame))) {
                        libraries.merge(library(frame), 1L, Long::sum);
                    }
                }
            } else if (type.equals("jdk.JavaMonitorEnter") || type.equals("jdk.ThreadPark")) {
                long millis = event.getDuration().toMillis();
                blocked.merge(type.substring(4) + " at " + firstInteresting(frames), Math.max(1, millis), Long::sum);
            }
        }
        StringBuilder text = new StringBuilder();
        text.append("CPU samples: ").append(samples).append('\n');
        section(text, "hottest methods (top frame)", self, samples, top);
        section(text, "by package (top frame)", packages, samples, top);
        section(text, "libraries on the stack (inclusive: a sample counts for each library it passes through)",
                libraries, samples, top);
        section(text, "connect's methods on the stack (inclusive)", inclusive, samples, top);
        section(text, "by thread", threads, samples, top);
        section(text, "waiting (ms, monitor enter / park over the recording's thresholds)", blocked, 0, top);
        return text.toString();
    }

    static void write(Path recording, Path summary) throws IOException {
        Files.writeString(summary, summarise(recording, 25));
    }

    private static void section(StringBuilder text, String title, Map<String, Long> counts, long total, int top) {
        text.append('\n').append(title).append('\n');
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> text.append(total > 0
                        ? String.format(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey())
                        : String.format(Locale.ROOT, "  %8d  %s%n", e.getValue(), e.getKey())));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String packageOf(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        String[] parts = type.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(parts.length - 1, 4)));
    }

    /** The first three parts of the frame's package: {@code org.eclipse.jetty}, {@code dev.connect.adapters}. */
    private static String library(RecordedFrame frame) {
        String[] parts = frame.getMethod().getType().getName().split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(parts.length - 1, 3)));
    }

    private static String firstInteresting(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String name = name(frame);
            if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")) {
                return name;
            }
        }
        return name(frames.get(0));
    }
}
