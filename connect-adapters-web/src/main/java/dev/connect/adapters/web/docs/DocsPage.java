package dev.connect.adapters.web.docs;

import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.problem.WebRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /docs}: the description rendered by Swagger UI, whose files the build fetched from npm (pinned and
 * integrity-checked, see {@code build-support/fetch-npm-files.mjs} at the build's root) into this module's classpath;
 * nothing is loaded from anywhere else at run time, and the page's Content-Security-Policy says so. Every URL in the page is relative, so
 * it works wherever the API is mounted ({@code /docs} or {@code /connect/docs}).
 */
public final class DocsPage {

    public static final String PATH = "/docs";
    static final String ASSETS = "/connect-docs/";
    /** Swagger UI may style its elements inline; scripts, fonts and data come from here only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' "
            + "'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "docs.js", "text/javascript; charset=utf-8");

    private final Map<String, byte[]> assets;

    private DocsPage(Map<String, byte[]> assets) {
        this.assets = assets;
    }

    /** Reads the assets once; those the build did not fetch (e.g. run from an IDE without Maven) are absent. */
    public static DocsPage load() {
        Map<String, byte[]> assets = new java.util.HashMap<>();
        MEDIA_TYPES.keySet().forEach(name -> resource(name).ifPresent(bytes -> assets.put(name, bytes)));
        return new DocsPage(Map.copyOf(assets));
    }

    public List<HttpRoute> routes() {
        return List.of(HttpRoute.get(PATH, this::page), HttpRoute.get(PATH + "/{asset}", this::asset));
    }

    HttpResponse page(HttpRequest request) {
        // the page's URLs are relative to the directory it is in: "/docs" is in "/", "/docs/" in "/docs/"
        boolean inDocs = request.path().endsWith("/");
        String assetPrefix = inDocs ? "" : "docs/";
        String description = inDocs ? "../openapi.json" : "openapi.json";
        String body = assets.containsKey("swagger-ui-bundle.js") ? """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>connect API</title>
                  <meta name="openapi-description" content="%s">
                  <link rel="stylesheet" href="%sswagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%sswagger-ui-bundle.js"></script>
                  <script src="%sdocs.js"></script>
                </body>
                </html>
                """.formatted(description, assetPrefix, assetPrefix, assetPrefix) : """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>connect API</title></head>
                <body><p>Swagger UI is not part of this build (build with Maven to fetch it). The description is at
                <a href="%s">openapi.json</a>.</p></body>
                </html>
                """.formatted(description);
        return HttpResponse.of(200, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8))
                .withHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .withHeader("X-Content-Type-Options", "nosniff");
    }

    HttpResponse asset(HttpRequest request) {
        String name = request.pathParam("asset");
        byte[] bytes = assets.get(name);
        if (bytes == null) {
            throw WebRequestException.routeNotFound();
        }
        return HttpResponse.of(200, MEDIA_TYPES.get(name), bytes)
                .withHeader("Cache-Control", "public, max-age=3600")
                .withHeader("X-Content-Type-Options", "nosniff");
    }

    private static Optional<byte[]> resource(String name) {
        try (InputStream in = DocsPage.class.getResourceAsStream(ASSETS + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
