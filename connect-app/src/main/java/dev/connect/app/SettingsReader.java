package dev.connect.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads typed values and collects every problem instead of stopping at the first. Never quotes a value. */
final class SettingsReader {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private final SettingsSource source;
    private final List<String> problems = new ArrayList<>();

    SettingsReader(SettingsSource source) {
        this.source = source;
    }

    Optional<String> text(String name) {
        return source.get(name);
    }

    int port(String name, int fallback) {
        return parsed(name, fallback, value -> {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException();
            }
            return port;
        }, "a port from 0 to 65535");
    }

    int positive(String name, int fallback, int max) {
        return parsed(name, fallback, value -> {
            int number = Integer.parseInt(value);
            if (number < 1 || number > max) {
                throw new IllegalArgumentException();
            }
            return number;
        }, "a whole number from 1 to " + max);
    }

    /** One of the constants of {@code E}, named in lower case ({@code SERVLET} is {@code servlet}). */
    <E extends Enum<E>> E choice(String name, E fallback) {
        E[] choices = fallback.getDeclaringClass().getEnumConstants();
        String names = Arrays.stream(choices).map(choice -> choice.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return parsed(name, fallback, value -> Arrays.stream(choices)
                .filter(choice -> choice.name().toLowerCase(Locale.ROOT).equals(value.trim()))
                .findFirst().orElseThrow(IllegalArgumentException::new), "one of " + names);
    }

    /** {@code true} or {@code false}, in any case. */
    boolean bool(String name, boolean fallback) {
        return parsed(name, fallback, value -> switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException();
        }, "true or false");
    }

    /** A decimal number above 0 and at most 1, such as {@code 0.2}. */
    double fraction(String name, double fallback) {
        return parsed(name, fallback, value -> {
            double number = Double.parseDouble(value.trim());
            if (!(number > 0 && number <= 1)) {
                throw new IllegalArgumentException();
            }
            return number;
        }, "a decimal number above 0 and at most 1, such as 0.2");
    }

    Duration duration(String name, Duration fallback) {
        return parsed(name, fallback, value -> {
            Matcher matcher = DURATION.matcher(value.toLowerCase(Locale.ROOT));
            if (!matcher.matches() || Long.parseLong(matcher.group(1)) <= 0) {
                throw new IllegalArgumentException();
            }
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }, "a positive duration such as 500ms, 10s, 5m or 24h");
    }

    Optional<URI> httpUrl(String name) {
        return source.get(name).flatMap(value -> {
            try {
                URI uri = new URI(value);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new URISyntaxException(value, "not http(s)");
                }
                return Optional.of(uri);
            } catch (URISyntaxException e) {
                problems.add(name + ": must be an http or https URL");
                return Optional.empty();
            }
        });
    }

    Optional<Path> readableFile(String name) {
        return source.get(name).flatMap(value -> {
            Path path = Path.of(value);
            if (!Files.isReadable(path)) {
                problems.add(name + ": no readable file at " + value);
                return Optional.empty();
            }
            return Optional.of(path);
        });
    }

    List<String> list(String name) {
        return source.get(name)
                .map(value -> Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** Converts each item, reporting the ones that fail without quoting secrets (lists here are not secret). */
    <T> List<T> listOf(String name, Function<String, T> convert) {
        List<T> converted = new ArrayList<>();
        for (String item : list(name)) {
            try {
                converted.add(convert.apply(item));
            } catch (RuntimeException invalid) {
                problems.add(name + ": '" + item + "' is not valid (" + invalid.getMessage() + ")");
            }
        }
        return converted;
    }

    void problem(String problem) {
        problems.add(problem);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private <T> T parsed(String name, T fallback, Function<String, T> parse, String expected) {
        Optional<String> value = source.get(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return parse.apply(value.get());
        } catch (RuntimeException invalid) {
            problems.add(name + ": must be " + expected);
            return fallback;
        }
    }
}
