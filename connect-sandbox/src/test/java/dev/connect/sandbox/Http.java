package dev.connect.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A small HTTP client for the tests: real requests over loopback, answers parsed as JSON. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status, headers and the body (as JSON when it parses). */
    record Answer(int status, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + raw.body(), e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String body() {
            return raw.body();
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;
    private final String apiKey;

    Http(URI base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    Http(StackOneSandbox sandbox) {
        this(sandbox.baseUrl(), sandbox.apiKey());
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":").getBytes(StandardCharsets.UTF_8));
    }

    Answer rest(String method, String path, Object body) {
        return send(method, path, body, Map.of("Authorization", basic(apiKey)));
    }

    Answer hub(String method, String path, Object body, String token) {
        return send(method, path, body, Map.of("x-hub-session-token", token, "x-hub-version", "1.11.4"));
    }

    Answer send(String method, String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json");
            headers.forEach(request::header);
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
            request.method(method, publisher);
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates a session through the REST API and returns its JSON. */
    JsonNode session(Map<String, Object> body) {
        Answer answer = rest("POST", "/connect_sessions", body);
        if (answer.status() != 201) {
            throw new AssertionError("session not created: " + answer.status() + " " + answer.body());
        }
        return answer.json();
    }
}
