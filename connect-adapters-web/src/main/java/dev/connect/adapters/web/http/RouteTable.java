package dev.connect.adapters.web.http;

import dev.connect.adapters.web.problem.WebRequestException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds the route of a request, so that every HTTP binding routes alike: the most specific matching path wins (a
 * literal segment over a parameter), a path no route has is 404, a path whose routes all have other methods is 405
 * with {@code Allow} naming them. {@code HEAD} is answered by the {@code GET} route of the path.
 */
final class RouteTable {

    private final List<Entry> entries;

    private record Entry(HttpRoute route, PathPattern pattern) {
    }

    /** What a request was matched to: the route and its decoded path parameters. */
    record Match(HttpRoute route, Map<String, String> pathParams) {
    }

    RouteTable(List<HttpRoute> routes) {
        List<Entry> entries = new ArrayList<>();
        for (HttpRoute route : routes) {
            Entry entry = new Entry(route, PathPattern.parse(route.path()));
            for (Entry earlier : entries) {
                if (earlier.route().method().equals(route.method()) && earlier.pattern().sameShapeAs(entry.pattern())) {
                    throw new IllegalArgumentException("two routes for " + route.method() + " " + earlier.pattern()
                            + " and " + entry.pattern());
                }
            }
            entries.add(entry);
        }
        entries.sort(Comparator.comparing(Entry::pattern, PathPattern.MOST_SPECIFIC_FIRST));
        this.entries = List.copyOf(entries);
    }

    /** The methods a raw {@code path} has ({@code HEAD} wherever it has {@code GET}), or a 404. */
    java.util.SortedSet<String> methodsOf(String path) {
        List<String> segments = PathPattern.split(path);
        TreeSet<String> methods = new TreeSet<>();
        for (Entry entry : entries) {
            if (entry.pattern().matches(segments)) {
                methods.add(entry.route().method());
            }
        }
        if (methods.isEmpty()) {
            throw WebRequestException.routeNotFound();
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return methods;
    }

    /** The route for {@code method} and the raw {@code path}, or a 404 or 405 {@link WebRequestException}. */
    Match match(String method, String path) {
        List<String> segments = PathPattern.split(path);
        String wanted = method.equals("HEAD") ? "GET" : method;
        TreeSet<String> allowed = new TreeSet<>();
        for (Entry entry : entries) {
            if (entry.pattern().matches(segments)) {
                if (entry.route().method().equals(wanted)) {
                    return new Match(entry.route(), entry.pattern().parameters(segments));
                }
                allowed.add(entry.route().method());
            }
        }
        if (allowed.isEmpty()) {
            throw WebRequestException.routeNotFound();
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        throw WebRequestException.methodNotAllowed(allowed);
    }
}
