package dev.connect.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The latency chart, drawn with java.awt (headless) into a PNG: on top, each run's latency by percentile (the
 * x axis in "nines": 90 %, 99 %, 99.9 %, … so the tail gets room); below, the open-loop run's latency over time,
 * where a stall shows as a spike.
 */
final class LatencyChart {

    private static final int WIDTH = 1400;
    private static final int PANEL = 430;
    private static final int LEFT = 80;
    private static final int RIGHT = 400;
    private static final Color[] COLOURS = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0x7f7f7f), new Color(0xbcbd22)};
    private static final double MAX_NINES = 4;
    private static final String[] NINES = {"0 %", "90 %", "99 %", "99.9 %", "99.99 %"};

    private LatencyChart() {
    }

    static void write(Path png, String title, List<LoadResult> runs, LoadResult timeline) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, 2 * PANEL + 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, LEFT, 28);
        percentiles(g, 50, runs);
        if (timeline != null) {
            overTime(g, 50 + PANEL + 10, timeline);
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void percentiles(Graphics2D g, int top, List<LoadResult> runs) {
        double maxMillis = 1;
        double minMillis = 1000;
        for (LoadResult run : runs) {
            if (run.sorted().length > 0) {
                maxMillis = Math.max(maxMillis, run.maxMillis());
                minMillis = Math.min(minMillis, Math.max(0.01, run.percentileMillis(0)));
            }
        }
        Axis y = Axis.log(minMillis, maxMillis);
        Frame frame = new Frame(LEFT, top + 20, WIDTH - LEFT - RIGHT, PANEL - 70);
        frame.draw(g, "latency by percentile (ms, log scale)", y);
        for (int nines = 0; nines <= MAX_NINES; nines++) {
            int x = frame.x(nines / MAX_NINES);
            g.setColor(Color.GRAY);
            g.drawString(NINES[nines], x - 18, frame.bottom() + 16);
            g.setColor(new Color(0xeeeeee));
            g.drawLine(x, frame.top, x, frame.bottom());
        }
        int legend = 0;
        for (int r = 0; r < runs.size(); r++) {
            LoadResult run = runs.get(r);
            if (run.sorted().length == 0) {
                continue;
            }
            Color colour = COLOURS[r % COLOURS.length];
            g.setColor(colour);
            g.setStroke(new BasicStroke(2f));
            int previousX = -1;
            int previousY = -1;
            for (int step = 0; step <= 400; step++) {
                double nines = step / 100.0;
                double percentile = 100 - 100 / Math.pow(10, nines);
                int x = frame.x(nines / MAX_NINES);
                int yy = frame.y(y.fraction(Math.max(minMillis, run.percentileMillis(percentile))));
                if (previousX >= 0) {
                    g.drawLine(previousX, previousY, x, yy);
                }
                previousX = x;
                previousY = yy;
            }
            legend(g, frame, legend++, colour, String.format(Locale.ROOT, "%s  p50 %s p99 %s ms", run.name(),
                    Format.number(run.percentileMillis(50)), Format.number(run.percentileMillis(99))));
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static void overTime(Graphics2D g, int top, LoadResult run) {
        double seconds = 1;
        double maxMillis = 1;
        double minMillis = 1000;
        for (int i = 0; i < run.offsets().length; i++) {
            seconds = Math.max(seconds, run.offsets()[i] / 1e9);
            maxMillis = Math.max(maxMillis, run.timeline()[i] / 1e6);
            minMillis = Math.min(minMillis, Math.max(0.01, run.timeline()[i] / 1e6));
        }
        Axis y = Axis.log(minMillis, maxMillis);
        Frame frame = new Frame(LEFT, top + 20, WIDTH - LEFT - RIGHT, PANEL - 70);
        frame.draw(g, run.name() + ": latency of each request, from when it was due (ms, log scale)", y);
        for (int s = 0; s <= (int) seconds; s += Math.max(1, (int) seconds / 10)) {
            int x = frame.x(s / seconds);
            g.setColor(Color.GRAY);
            g.drawString(s + " s", x - 8, frame.bottom() + 16);
        }
        g.setColor(new Color(31, 119, 180, 90));
        for (int i = 0; i < run.offsets().length; i++) {
            int x = frame.x(run.offsets()[i] / 1e9 / seconds);
            int yy = frame.y(y.fraction(Math.max(minMillis, run.timeline()[i] / 1e6)));
            g.fillRect(x, yy, 2, 2);
        }
        legend(g, frame, 0, new Color(31, 119, 180), String.format(Locale.ROOT, "p50 %s p99 %s max %s ms",
                Format.number(run.percentileMillis(50)), Format.number(run.percentileMillis(99)),
                Format.number(run.maxMillis())));
    }

    private static void legend(Graphics2D g, Frame frame, int row, Color colour, String text) {
        int x = frame.left + frame.width + 15;
        int yy = frame.top + 10 + row * 20;
        g.setColor(colour);
        g.fillRect(x, yy - 9, 14, 10);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(text, x + 20, yy);
    }

    /** A logarithmic axis over whole decades. */
    private record Axis(double lowDecade, double highDecade) {
        static Axis log(double min, double max) {
            return new Axis(Math.floor(Math.log10(min)), Math.max(Math.floor(Math.log10(min)) + 1, Math.ceil(Math.log10(max))));
        }

        double fraction(double value) {
            return (Math.log10(value) - lowDecade) / (highDecade - lowDecade);
        }
    }

    private record Frame(int left, int top, int width, int height) {
        int x(double fraction) {
            return left + (int) Math.round(fraction * width);
        }

        int y(double fraction) {
            return top + height - (int) Math.round(Math.max(0, Math.min(1, fraction)) * height);
        }

        int bottom() {
            return top + height;
        }

        void draw(Graphics2D g, String title, Axis axis) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.setColor(Color.BLACK);
            g.drawString(title, left, top - 6);
            for (double decade = axis.lowDecade(); decade <= axis.highDecade(); decade++) {
                int yy = y(axis.fraction(Math.pow(10, decade)));
                g.setColor(new Color(0xeeeeee));
                g.drawLine(left, yy, left + width, yy);
                g.setColor(Color.GRAY);
                g.drawString(Format.number(Math.pow(10, decade)), left - 50, yy + 4);
            }
            g.setColor(Color.BLACK);
            g.drawRect(left, top, width, height);
        }
    }
}
