package dev.connect.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** connect's API over plain HTTP, as a host application's backend or an operator calls it. */
final class ConnectClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ConnectClient(ConnectApplication app) {
        this.base = "http://127.0.0.1:" + app.httpPort();
    }

    /** A bearer JWT for this owner, as the host application issues it. */
    static String tokenFor(String owner) {
        try {
            return ConnectSessionEndToEndTest.jwt(Map.of("org_id", owner, "org_name", owner, "email", "user@" + owner));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String bearer) {
        return send(request(path, bearer).GET());
    }

    HttpResponse<String> delete(String path, String bearer) {
        return send(request(path, bearer).DELETE());
    }

    HttpResponse<String> post(String path, String bearer, String json) {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postWithHeaders(String path, String bearer, String json, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    /** A browser's CORS preflight for {@code method} on {@code path} from a page of {@code origin}. */
    HttpResponse<String> preflight(String path, String origin, String method) {
        return send(request(path, null).header("Origin", origin).header("Access-Control-Request-Method", method)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
            if (json && response.body().contains("\"token\"")) {
                // a connect-session token, or the demo sign-in's caller token and the operator key beside it
                dev.connect.app.logscan.KnownSecrets.register("a token connect answered",
                        json(response).path("token").asText(null));
                dev.connect.app.logscan.KnownSecrets.register("the operator key the demo sign-in handed out",
                        json(response).path("operatorKey").asText(null));
            }
            return response;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }
}
