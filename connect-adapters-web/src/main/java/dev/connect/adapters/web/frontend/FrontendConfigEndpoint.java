package dev.connect.adapters.web.frontend;

import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.json.JsonCodec;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /v1/frontend-config}: what a page needs to open the Hub against the StackOne this app talks to, and
 * whether the demo sign-in exists. Unauthenticated: it names public URLs only. Never cached, as the sandbox's port
 * changes from run to run.
 */
public final class FrontendConfigEndpoint {

    public static final String PATH = "/v1/frontend-config";

    private final FrontendConfig config;
    private final boolean demoSignIn;
    private final JsonCodec json;

    public FrontendConfigEndpoint(FrontendConfig config, boolean demoSignIn, JsonCodec json) {
        this.config = config;
        this.demoSignIn = demoSignIn;
        this.json = json;
    }

    public HttpRoute route() {
        return HttpRoute.get(PATH, this::config);
    }

    HttpResponse config(HttpRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", config.mode().name().toLowerCase(Locale.ROOT));
        body.put("hubBaseUrl", config.hubBaseUrl().toString());
        body.put("hubAppUrl", config.hubAppUrl().map(Object::toString).orElse(null));
        body.put("connectJsUrl", config.connectJsUrl().toString());
        body.put("demoSignIn", demoSignIn);
        return json.response(200, body).withHeader("Cache-Control", "no-store");
    }
}
