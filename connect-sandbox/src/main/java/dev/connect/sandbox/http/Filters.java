package dev.connect.sandbox.http;

import dev.connect.sandbox.faults.HttpFault;
import dev.connect.sandbox.core.ApiError;
import dev.connect.sandbox.faults.HttpFaultRegistry;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** What runs before every handler: injected faults, CORS for the Hub, Basic auth for REST, loopback for admin. */
public final class Filters {

    private final HttpFaultRegistry faults;
    private final byte[] expectedAuthorization;

    public Filters(HttpFaultRegistry faults, String apiKey) {
        this.faults = faults;
        this.expectedAuthorization = ("Basic " + Base64.getEncoder()
                .encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
    }

    static boolean isAdmin(String path) {
        return path.startsWith("/_sandbox");
    }

    static boolean isRest(String path) {
        return path.equals("/connect_sessions") || path.startsWith("/connect_sessions/")
                || path.equals("/accounts") || path.startsWith("/accounts/");
    }

    static boolean isHub(String path) {
        return path.equals("/hub") || path.startsWith("/hub/");
    }

    /** Applies the first armed fault matching this request, if any. */
    public void faults(Context ctx) throws InterruptedException {
        String path = ctx.path();
        if (isAdmin(path)) {
            return;
        }
        String query = ctx.queryString();
        Optional<HttpFault> fault = faults.take(ctx.method().name(), query == null ? path : path + "?" + query);
        if (fault.isEmpty()) {
            return;
        }
        HttpFault f = fault.get();
        switch (f.kind()) {
            case SLOW -> Thread.sleep(f.delay().toMillis());
            case STATUS -> {
                ApiError error = ApiError.of(f.status(), reason(f.status()));
                if (f.retryAfterSeconds() != null) {
                    error = error.withHeader("Retry-After", String.valueOf(f.retryAfterSeconds()));
                }
                if (isHub(path)) {
                    cors(ctx);
                }
                Json.error(ctx, error);
                ctx.skipRemainingHandlers();
            }
            case DROP -> {
                ServletContextRequest.getServletContextRequest(ctx.req())
                        .getConnectionMetaData().getConnection().getEndPoint().close();
                ctx.skipRemainingHandlers();
            }
            default -> throw new IllegalStateException("unknown fault " + f.kind());
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 408 -> "Request Timeout";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Injected fault " + status;
        };
    }

    /** The Hub runs on other origins: answer its preflights and let it read every answer. */
    public void hubCors(Context ctx) {
        if (!isHub(ctx.path())) {
            return;
        }
        cors(ctx);
        if (ctx.method().name().equals("OPTIONS")) {
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }

    private static void cors(Context ctx) {
        String origin = ctx.header("Origin");
        ctx.header("Access-Control-Allow-Origin", origin == null || origin.isBlank() ? "*" : origin);
        ctx.header("Vary", "Origin");
        ctx.header("Access-Control-Allow-Methods", "GET, POST, PATCH, DELETE, OPTIONS");
        String requested = ctx.header("Access-Control-Request-Headers");
        ctx.header("Access-Control-Allow-Headers", requested == null || requested.isBlank()
                ? "Content-Type, x-hub-session-token, x-hub-version" : requested);
        ctx.header("Access-Control-Max-Age", "600");
    }

    /** HTTP Basic with the API key as user and an empty password; compared in constant time. */
    public void basicAuth(Context ctx) {
        if (!isRest(ctx.path())) {
            return;
        }
        String header = ctx.header("Authorization");
        byte[] given = header == null ? new byte[0] : header.trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, expectedAuthorization)) {
            ctx.header("WWW-Authenticate", "Basic realm=\"StackOne sandbox\"");
            throw ApiError.unauthorized();
        }
    }

    /**
     * The admin API changes behaviour for everyone: only this machine may call it, and no web page of another
     * origin (browsers send {@code Origin} on cross-origin requests; a page could otherwise arm faults).
     */
    public void adminLoopbackOnly(Context ctx) {
        if (!isAdmin(ctx.path())) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("http://" + ctx.host())) {
            throw ApiError.of(403, "The sandbox admin API does not answer web pages of other origins");
        }
        try {
            if (!InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress()) {
                throw ApiError.of(403, "The sandbox admin API answers loopback callers only");
            }
        } catch (UnknownHostException e) {
            throw ApiError.of(403, "The sandbox admin API answers loopback callers only");
        }
    }
}
