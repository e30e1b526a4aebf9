package dev.connect.bench;

/**
 * One reported figure, with its target when the issue sets one.
 *
 * @param atLeast the target's lower bound, or {@code null}
 * @param atMost  the target's upper bound, or {@code null}
 */
record Figure(String key, String label, double value, String unit, Double atLeast, Double atMost, String note) {

    static Figure of(String key, String label, double value, String unit) {
        return new Figure(key, label, value, unit, null, null, "");
    }

    Figure atLeast(double bound) {
        return new Figure(key, label, value, unit, bound, atMost, note);
    }

    Figure atMost(double bound) {
        return new Figure(key, label, value, unit, atLeast, bound, note);
    }

    Figure note(String text) {
        return new Figure(key, label, value, unit, atLeast, atMost, text);
    }

    boolean hasTarget() {
        return atLeast != null || atMost != null;
    }

    /** Met, missed, or {@code null} without a target (or without a value). */
    Boolean met() {
        if (!hasTarget() || Double.isNaN(value)) {
            return null;
        }
        return (atLeast == null || value >= atLeast) && (atMost == null || value <= atMost);
    }

    String target() {
        if (atLeast != null && atMost != null) {
            return Format.number(atLeast) + " … " + Format.number(atMost) + " " + unit;
        }
        if (atLeast != null) {
            return "≥ " + Format.number(atLeast) + " " + unit;
        }
        return atMost != null ? "≤ " + Format.number(atMost) + " " + unit : "";
    }
}
