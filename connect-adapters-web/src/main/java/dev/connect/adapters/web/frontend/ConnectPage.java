package dev.connect.adapters.web.frontend;

import dev.connect.adapters.web.http.HttpHandler;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.site.StaticSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * connect's own page: account linking a person can see and click. {@code GET /} is the page, its script and styles are
 * under {@value #ASSETS_PREFIX}{@code /}, and so is the genuine {@code <stackone-hub>} bundle when the app has it, so
 * that a browser fetches nothing from anywhere but connect (and the Hub's API). The page's files are plain HTML, CSS
 * and JavaScript in this module's resources; nothing is built. Every answer carries the page's
 * {@link PageSecurityPolicy}, which names where the Hub is as the app runs.
 */
public final class ConnectPage {

    /** Where the page's assets are served. */
    public static final String ASSETS_PREFIX = "/page";
    /** Where, under {@value #ASSETS_PREFIX}, the Hub's web component is served. */
    public static final String HUB_COMPONENT = "stackone-hub/webcomponent.js";

    private static final String RESOURCES = "connect-page/";
    private static final String INDEX = "index.html";
    private static final List<String> ASSETS = List.of("page.css", "page.js");

    private final StaticSite index;
    private final StaticSite assets;

    private ConnectPage(StaticSite index, StaticSite assets) {
        this.index = index;
        this.assets = assets;
    }

    /**
     * The page, with the Hub's web component when given (the build fetches it; without it the page says the Hub is
     * missing instead of opening it).
     */
    public static ConnectPage withHubComponent(Optional<byte[]> hubComponent) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        ASSETS.forEach(asset -> files.put(asset, resource(asset)));
        hubComponent.ifPresent(bytes -> files.put(HUB_COMPONENT, bytes));
        return new ConnectPage(StaticSite.of("/", Map.of(INDEX, resource(INDEX))),
                StaticSite.of(ASSETS_PREFIX, files));
    }

    /** Whether the Hub's web component is served with the page. */
    public boolean hasHubComponent() {
        return assets.paths().contains(HUB_COMPONENT);
    }

    /** {@code GET /} and {@code GET /page/{path...}}, each answer with the policy for the Hub {@code config} names. */
    public List<HttpRoute> routes(FrontendConfig config) {
        String policy = PageSecurityPolicy.of(config);
        return List.of(withPolicy(index.fileRoute("/", INDEX), policy), withPolicy(assets.route(), policy));
    }

    private static HttpRoute withPolicy(HttpRoute route, String policy) {
        HttpHandler served = route.handler();
        return new HttpRoute(route.method(), route.path(), route.maxBodyBytes(), request -> served.handle(request)
                .withHeader("Content-Security-Policy", policy)
                .withHeader("Referrer-Policy", "no-referrer"));
    }

    private static byte[] resource(String name) {
        try (InputStream in = ConnectPage.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCES + name + " is missing from the web adapter's resources");
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("could not read " + RESOURCES + name, unreadable);
        }
    }

    @Override
    public String toString() {
        return "ConnectPage[hubComponent=" + hasHubComponent() + "]";
    }
}
