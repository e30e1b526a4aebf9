package dev.connect.adapters.web.http;

import dev.connect.adapters.web.problem.WebRequestException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A route's path: literal segments and {@code {name}} parameters. A request path is matched as sent, segment by
 * segment: literal segments compare with the raw text (an escaped letter does not match a letter), a parameter takes
 * one non-empty segment and is percent-decoded ({@code +} stays a plus, as RFC 3986 has it for paths). One trailing
 * slash is ignored, so {@code /health/} is {@code /health}.
 */
final class PathPattern {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private final String path;
    private final List<Segment> segments;

    private record Segment(String literal, String parameter) {

        boolean isParameter() {
            return parameter != null;
        }
    }

    private PathPattern(String path, List<Segment> segments) {
        this.path = path;
        this.segments = segments;
    }

    static PathPattern parse(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("a route path must start with '/': " + path);
        }
        List<Segment> segments = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String text : split(path)) {
            var parameter = PARAMETER.matcher(text);
            if (parameter.matches()) {
                if (!names.add(parameter.group(1))) {
                    throw new IllegalArgumentException("parameter {" + parameter.group(1) + "} twice in " + path);
                }
                segments.add(new Segment(null, parameter.group(1)));
            } else if (text.isEmpty() || text.contains("{") || text.contains("}")) {
                throw new IllegalArgumentException("a segment must be literal text or one {name}: " + path);
            } else {
                segments.add(new Segment(text, null));
            }
        }
        return new PathPattern(path, List.copyOf(segments));
    }

    /** The request path's segments, as sent; what {@link #matches} and {@link #parameters} take. */
    static List<String> split(String requestPath) {
        String trimmed = requestPath.length() > 1 && requestPath.endsWith("/")
                ? requestPath.substring(0, requestPath.length() - 1) : requestPath;
        if (trimmed.equals("/") || trimmed.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(trimmed.substring(1).split("/", -1));
    }

    boolean matches(List<String> requestSegments) {
        if (requestSegments.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            String sent = requestSegments.get(i);
            if (segment.isParameter() ? sent.isEmpty() : !segment.literal().equals(sent)) {
                return false;
            }
        }
        return true;
    }

    /** The decoded parameters of a path that {@link #matches}; a malformed escape is the caller's mistake. */
    Map<String, String> parameters(List<String> requestSegments) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).isParameter()) {
                parameters.put(segments.get(i).parameter(), decode(requestSegments.get(i)));
            }
        }
        return parameters;
    }

    /** Whether both match exactly the same request paths: two routes with such paths would be ambiguous. */
    boolean sameShapeAs(PathPattern other) {
        if (segments.size() != other.segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment mine = segments.get(i);
            Segment theirs = other.segments.get(i);
            if (mine.isParameter() != theirs.isParameter()
                    || !mine.isParameter() && !mine.literal().equals(theirs.literal())) {
                return false;
            }
        }
        return true;
    }

    /** The more specific first: at the first segment where they differ, a literal comes before a parameter. */
    static final Comparator<PathPattern> MOST_SPECIFIC_FIRST = (one, other) -> {
        for (int i = 0; i < Math.min(one.segments.size(), other.segments.size()); i++) {
            int byKind = Boolean.compare(one.segments.get(i).isParameter(), other.segments.get(i).isParameter());
            if (byKind != 0) {
                return byKind;
            }
        }
        return 0;
    };

    @Override
    public String toString() {
        return path;
    }

    private static String decode(String segment) {
        try {
            // URLDecoder speaks forms, where '+' is a space; in a path it is a plus
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw WebRequestException.malformed(null, "the request path is not validly percent-encoded");
        }
    }
}
