package dev.connect.adapters.web.http;

import dev.connect.adapters.web.problem.WebRequestException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a raw query string ({@code a=1&b=x+y}) the way browsers write it: {@code application/x-www-form-urlencoded},
 * UTF-8, a name without {@code =} has the empty value. Parsed here rather than by the HTTP library, because a servlet
 * container's parameter map also reads form bodies, which are the endpoints' to read.
 */
final class QueryString {

    private QueryString() {
    }

    static Map<String, List<String>> parse(String raw) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        parameters.replaceAll((name, values) -> List.copyOf(values));
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw WebRequestException.malformed(null, "the query string is not validly percent-encoded");
        }
    }
}
