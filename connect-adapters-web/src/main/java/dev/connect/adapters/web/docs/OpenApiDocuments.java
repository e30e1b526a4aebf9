package dev.connect.adapters.web.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code GET /openapi.yaml} and {@code GET /openapi.json}: the one description of the API, {@code openapi.yaml} in
 * this module's resources, as written and as JSON (converted once, so the two never differ). The conversion waits for
 * the first request of the JSON: done at class loading, it cost about 0.1 s of every start-up, before the server
 * answered anything.
 */
public final class OpenApiDocuments {

    public static final String RESOURCE = "/openapi.yaml";

    private final byte[] yaml;
    private byte[] json;

    private OpenApiDocuments(byte[] yaml) {
        this.yaml = yaml;
    }

    private synchronized byte[] json() {
        if (json == null) {
            try {
                json = new ObjectMapper().writeValueAsBytes(new ObjectMapper(new YAMLFactory()).readTree(yaml));
            } catch (IOException malformed) {
                throw new IllegalStateException("openapi.yaml is not valid YAML", malformed);
            }
        }
        return json;
    }

    public static OpenApiDocuments load() {
        try (InputStream in = OpenApiDocuments.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the web adapter's resources");
            }
            return new OpenApiDocuments(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("openapi.yaml could not be read", unreadable);
        }
    }

    public List<HttpRoute> routes() {
        return List.of(HttpRoute.get("/openapi.yaml", request -> HttpResponse.of(200, "application/yaml", yaml)),
                HttpRoute.get("/openapi.json", request -> HttpResponse.of(200, "application/json", json())));
    }
}
