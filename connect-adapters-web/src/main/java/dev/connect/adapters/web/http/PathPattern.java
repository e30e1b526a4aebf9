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
 * A route's path: literal segments, {@code {name}} parameters and, as the last segment only, one {@code {name...}}
 * parameter that takes the rest of the path. A request path is matched as sent, segment by segment: literal segments
 * compare with the raw text (an escaped letter does not match a letter), a parameter takes one non-empty segment and is
 * percent-decoded ({@code +} stays a plus, as RFC 3986 has it for paths). A rest parameter takes zero or more non-empty
 * segments, each decoded, joined with {@code /}; an encoded {@code /} in them is refused, as it would make two paths
 * one. One trailing slash is ignored, so {@code /health/} is {@code /health}.
 */
final class PathPattern {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)(\\.\\.\\.)?}");

    private final String path;
    private final List<Segment> segments;

    private record Segment(String literal, String parameter, boolean rest) {

        boolean isParameter() {
            return parameter != null;
        }

        /** How general a segment is, for {@link #MOST_SPECIFIC_FIRST}: literal, then parameter, then the rest. */
        int generality() {
            return rest ? 2 : isParameter() ? 1 : 0;
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
        List<String> texts = split(path);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            var parameter = PARAMETER.matcher(text);
            if (parameter.matches()) {
                if (!names.add(parameter.group(1))) {
                    throw new IllegalArgumentException("parameter {" + parameter.group(1) + "} twice in " + path);
                }
                boolean rest = parameter.group(2) != null;
                if (rest && i != texts.size() - 1) {
                    throw new IllegalArgumentException("only the last segment may take the rest of the path: " + path);
                }
                segments.add(new Segment(null, parameter.group(1), rest));
            } else if (text.isEmpty() || text.contains("{") || text.contains("}")) {
                throw new IllegalArgumentException("a segment must be literal text or one {name}: " + path);
            } else {
                segments.add(new Segment(text, null, false));
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
        boolean takesRest = takesRest();
        int fixed = takesRest ? segments.size() - 1 : segments.size();
        if (takesRest ? requestSegments.size() < fixed : requestSegments.size() != fixed) {
            return false;
        }
        for (int i = 0; i < requestSegments.size(); i++) {
            Segment segment = segments.get(Math.min(i, segments.size() - 1));
            String sent = requestSegments.get(i);
            if (segment.isParameter() ? sent.isEmpty() : !segment.literal().equals(sent)) {
                return false;
            }
        }
        return true;
    }

    private boolean takesRest() {
        return !segments.isEmpty() && segments.get(segments.size() - 1).rest();
    }

    /** The decoded parameters of a path that {@link #matches}; a malformed escape is the caller's mistake. */
    Map<String, String> parameters(List<String> requestSegments) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.rest()) {
                parameters.put(segment.parameter(), rest(requestSegments.subList(i, requestSegments.size())));
            } else if (segment.isParameter()) {
                parameters.put(segment.parameter(), decode(requestSegments.get(i)));
            }
        }
        return parameters;
    }

    private static String rest(List<String> requestSegments) {
        List<String> decoded = new ArrayList<>();
        for (String sent : requestSegments) {
            String segment = decode(sent);
            if (segment.contains("/")) {
                throw WebRequestException.malformed(null, "the request path must not contain an encoded '/'");
            }
            decoded.add(segment);
        }
        return String.join("/", decoded);
    }

    /** Whether both match exactly the same request paths: two routes with such paths would be ambiguous. */
    boolean sameShapeAs(PathPattern other) {
        if (segments.size() != other.segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment mine = segments.get(i);
            Segment theirs = other.segments.get(i);
            if (mine.generality() != theirs.generality()
                    || !mine.isParameter() && !mine.literal().equals(theirs.literal())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The more specific first: at the first segment where they differ, a literal comes before a parameter, a parameter
     * before the rest of the path, and the end of a path before the rest, so that {@code /a} wins over
     * {@code /a/{path...}}.
     */
    static final Comparator<PathPattern> MOST_SPECIFIC_FIRST = (one, other) -> {
        for (int i = 0; i < Math.max(one.segments.size(), other.segments.size()); i++) {
            int byKind = Integer.compare(one.generalityAt(i), other.generalityAt(i));
            if (byKind != 0) {
                return byKind;
            }
        }
        return 0;
    };

    private int generalityAt(int index) {
        return index < segments.size() ? segments.get(index).generality() : -1;
    }

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
