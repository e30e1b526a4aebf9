package dev.connect.adapters.web.account;

import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.problem.WebRequestException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request's query parameters, held to a route's list: an unknown name or a name given twice is the caller's
 * mistake and answered 400 naming it, like an unknown field in a JSON body.
 */
public final class QueryParameters {

    private final Map<String, List<String>> query;

    private QueryParameters(Map<String, List<String>> query) {
        this.query = query;
    }

    public static QueryParameters of(HttpRequest request, Set<String> allowed) {
        for (Map.Entry<String, List<String>> parameter : new java.util.TreeMap<>(request.query()).entrySet()) {
            if (!allowed.contains(parameter.getKey())) {
                throw WebRequestException.malformed(parameter.getKey(), "unknown query parameter '"
                        + parameter.getKey() + "'; this path takes " + String.join(", ", new TreeSet<>(allowed)));
            }
            if (parameter.getValue().size() > 1) {
                throw WebRequestException.malformed(parameter.getKey(), "query parameter '" + parameter.getKey()
                        + "' appears more than once");
            }
        }
        return new QueryParameters(request.query());
    }

    /** The value, if given and not empty. */
    public Optional<String> get(String name) {
        return query.getOrDefault(name, List.of()).stream().filter(value -> !value.isEmpty()).findFirst();
    }

    /** {@code true} or {@code false}; absent is {@code false}. */
    public boolean flag(String name) {
        return get(name).map(value -> switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw WebRequestException.malformed(name, "query parameter '" + name + "' must be true or false");
        }).orElse(false);
    }

    /** A whole number, if given. */
    public Optional<Integer> integer(String name) {
        return get(name).map(value -> {
            if (!value.matches("-?\\d{1,9}")) {
                throw WebRequestException.malformed(name, "query parameter '" + name + "' must be a whole number");
            }
            return Integer.valueOf(value);
        });
    }
}
