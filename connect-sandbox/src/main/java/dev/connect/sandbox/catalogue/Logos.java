package dev.connect.sandbox.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Small generated SVG logos (the brand colour and initials), served by the sandbox itself: the Hub falls back to
 * fetching an image from the internet when a logo is broken, and the sandbox must work offline.
 */
public final class Logos {

    private Logos() {
    }

    public static String svg(Connector connector) {
        String initials = Arrays.stream(connector.name().split("[\\s_-]+"))
                .filter(word -> !word.isEmpty())
                .limit(2)
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining());
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" viewBox=\"0 0 64 64\">"
                + "<rect width=\"64\" height=\"64\" rx=\"14\" fill=\"" + connector.color() + "\"/>"
                + "<text x=\"32\" y=\"41\" font-family=\"Helvetica,Arial,sans-serif\" font-size=\"26\" "
                + "font-weight=\"700\" fill=\"#FFFFFF\" text-anchor=\"middle\">" + initials + "</text></svg>";
    }
}
