package dev.connect.adapters.web.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain HTTP, so that the same tests can check any HTTP layer a team swaps in. Every exchange is checked against the
 * API's description ({@link OpenApiExchanges}): a route, field, status or header the description lacks fails the test
 * that exchanged it.
 */
public final class WebClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public WebClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpRequest sent = request.timeout(Duration.ofSeconds(20)).build();
            HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
            OpenApiExchanges.check(sent, response);
            return response;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * As {@link #send}, not checked against the description: for requests that a server hosting connect's servlet
     * (Tomcat in Spring Boot) may refuse with its own answer before connect sees them, which no description of
     * connect's API can cover. A test using it asserts what must hold whoever answered.
     */
    public HttpResponse<String> sendToAnyServer(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As {@link #send}, keeping the body's bytes exactly as they came; checked against the description alike. */
    public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
        try {
            HttpRequest sent = request.timeout(Duration.ofSeconds(20)).build();
            HttpResponse<byte[]> response = http.send(sent, HttpResponse.BodyHandlers.ofByteArray());
            OpenApiExchanges.checkBytes(sent, response);
            return response;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    public HttpResponse<String> postJson(String path, String bearer, String body) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    public HttpResponse<String> get(String path, String bearer) {
        HttpRequest.Builder request = request(path).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    public HttpResponse<String> delete(String path, String bearer) {
        HttpRequest.Builder request = request(path).DELETE();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }
}
