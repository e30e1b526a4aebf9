package dev.connect.adapters.web.http;

import dev.connect.adapters.web.problem.WebRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which other origins' pages may call the API from a browser ({@code CONNECT_CORS_ALLOWED_ORIGINS}): none unless
 * configured. A page served by connect itself is same-origin and needs no permission. CORS only lets a browser page
 * read an answer; it never refuses a request as such, so a request from an origin not on the list is answered as any
 * other, without the permission headers, and only a preflight from it is refused (403 {@code origin_not_allowed}).
 */
public final class CorsPolicy {

    static final String ALLOWED_HEADERS = "Authorization, Content-Type, " + RequestIds.HEADER;
    static final String EXPOSED_HEADERS = RequestIds.HEADER + ", Retry-After, WWW-Authenticate";
    /** How long a browser may reuse a preflight's answer: ten minutes, Chromium's own ceiling. */
    static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    private CorsPolicy(Set<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /** No cross-origin page may read the API's answers. */
    public static CorsPolicy none() {
        return new CorsPolicy(Set.of());
    }

    /**
     * @param origins each {@code scheme://host[:port]} exactly as a browser sends it in {@code Origin}
     * @throws IllegalArgumentException naming the first value that is not such an origin
     */
    public static CorsPolicy allowing(Set<String> origins) {
        SortedSet<String> normalised = new TreeSet<>();
        for (String origin : origins) {
            normalised.add(requireOrigin(origin));
        }
        return new CorsPolicy(normalised);
    }

    public Set<String> origins() {
        return origins;
    }

    /** A preflight: {@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}. */
    static boolean isPreflight(InboundRequest request) {
        return request.method().equals("OPTIONS") && header(request.headers(), "Origin").isPresent()
                && header(request.headers(), "Access-Control-Request-Method").isPresent();
    }

    /** The answer to a preflight for a path that has {@code methods}. */
    HttpResponse preflight(InboundRequest request, SortedSet<String> methods) {
        String origin = header(request.headers(), "Origin").orElseThrow();
        if (!origins.contains(origin)) {
            throw WebRequestException.originNotAllowed();
        }
        return new HttpResponse(204, Map.of(
                "Access-Control-Allow-Origin", origin,
                "Access-Control-Allow-Methods", String.join(", ", methods),
                "Access-Control-Allow-Headers", ALLOWED_HEADERS,
                "Access-Control-Max-Age", MAX_AGE_SECONDS,
                "Vary", "Origin"), new byte[0]);
    }

    /** The answer with the permission for the request's origin, when it has one. */
    HttpResponse permit(InboundRequest request, HttpResponse response) {
        if (origins.isEmpty()) {
            return response;
        }
        Optional<String> origin = header(request.headers(), "Origin");
        HttpResponse varying = response.withHeader("Vary", "Origin");
        if (origin.isEmpty() || !origins.contains(origin.get())) {
            return varying;
        }
        return varying.withHeader("Access-Control-Allow-Origin", origin.get())
                .withHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }

    private static String requireOrigin(String origin) {
        try {
            URI uri = new URI(origin.trim());
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                    || uri.getRawFragment() != null || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())) {
                throw new URISyntaxException(origin, "not an origin");
            }
            return uri.getScheme() + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException notAnOrigin) {
            throw new IllegalArgumentException("'" + origin + "' is not an origin such as https://app.example.com "
                    + "(scheme, host and optional port; no path)");
        }
    }

    private static Optional<String> header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(field -> field.getKey().equalsIgnoreCase(name))
                .flatMap(field -> field.getValue().stream()).findFirst();
    }
}
