package dev.connect.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Everything a run found: the figures against their targets, each load run, checks and notes; as text, JSON, PNG. */
final class Report {

    private final List<Figure> figures = new ArrayList<>();
    private final List<LoadResult> runs = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private LoadResult timeline;

    synchronized void add(Figure figure) {
        figures.add(figure);
    }

    synchronized void add(LoadResult run) {
        runs.add(run);
    }

    synchronized void timeline(LoadResult run) {
        this.timeline = run;
    }

    synchronized void detail(String key, Object value) {
        details.put(key, value);
    }

    synchronized void note(String text) {
        notes.add(text);
    }

    String table() {
        int label = Math.max(20, figures.stream().mapToInt(f -> f.label().length()).max().orElse(20));
        StringBuilder text = new StringBuilder();
        String format = "%-" + label + "s  %14s  %-9s  %-18s  %-3s  %s%n";
        text.append(String.format(Locale.ROOT, format, "figure", "value", "unit", "target", "met", ""));
        text.append("-".repeat(label + 60)).append('\n');
        for (Figure figure : figures) {
            Boolean met = figure.met();
            text.append(String.format(Locale.ROOT, format, figure.label(), Format.number(figure.value()), figure.unit(),
                    figure.target(), met == null ? "" : met ? "yes" : "NO", figure.note()).stripTrailing()).append('\n');
        }
        if (!notes.isEmpty()) {
            text.append('\n');
            notes.forEach(note -> text.append("note: ").append(note).append('\n'));
        }
        return text.toString();
    }

    void write(Path out, Map<String, Object> context) throws IOException {
        Files.writeString(out.resolve("figures.txt"), table());
        Map<String, Object> json = new LinkedHashMap<>(context);
        List<Map<String, Object>> figureList = new ArrayList<>();
        for (Figure figure : figures) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("key", figure.key());
            f.put("label", figure.label());
            f.put("value", Double.isNaN(figure.value()) ? null : figure.value());
            f.put("unit", figure.unit());
            f.put("atLeast", figure.atLeast());
            f.put("atMost", figure.atMost());
            f.put("met", figure.met());
            if (!figure.note().isEmpty()) {
                f.put("note", figure.note());
            }
            figureList.add(f);
        }
        json.put("figures", figureList);
        List<Map<String, Object>> runList = new ArrayList<>();
        for (LoadResult run : runs) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", run.name());
            r.put("answered", run.answered());
            r.put("failures", run.failures());
            r.put("statuses", run.statuses());
            r.put("seconds", run.elapsedNanos() / 1e9);
            r.put("perSecond", run.perSecond());
            Map<String, Double> latency = new LinkedHashMap<>();
            for (double p : new double[] {50, 90, 99, 99.9}) {
                latency.put("p" + Format.number(p), run.percentileMillis(p));
            }
            latency.put("max", run.maxMillis());
            r.put("latencyMillis", latency);
            putMeasured(r, "appCpuMicrosPerAnswer", run.appCpuMicrosPerAnswer());
            putMeasured(r, "databaseCpuMicrosPerAnswer", run.databaseCpuMicrosPerAnswer());
            putMeasured(r, "generatorCpuMicrosPerAnswer", run.generatorCpuMicrosPerAnswer());
            putMeasured(r, "machineBusyShare", run.cpu().machineBusy());
            runList.add(r);
        }
        json.put("runs", runList);
        json.put("details", details);
        json.put("notes", notes);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("bench.json").toFile(), json);
        LatencyChart.write(out.resolve("latency.png"), "connect-bench: latency by run", runs, timeline);
    }

    private static void putMeasured(Map<String, Object> json, String key, double value) {
        if (!Double.isNaN(value)) {
            json.put(key, value);
        }
    }
}
