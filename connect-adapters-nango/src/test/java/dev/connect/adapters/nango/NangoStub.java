package dev.connect.adapters.nango;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import dev.connect.domain.contract.ProviderCall;
import dev.connect.domain.contract.ProviderFault;
import dev.connect.domain.contract.ProviderTimeouts;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A Nango on loopback, answering as its HTTP API reference and OpenAPI description ({@code docs/spec.yaml}) document:
 * {@code Authorization: Bearer <secret key>} or 401 with Nango's error body; {@code POST /connect/sessions} and
 * {@code /reconnect} answering {@code {"data": {token, connect_link, expires_at}}} with a 30-minute session (400
 * {@code invalid_body} for a body without {@code end_user.id}); {@code GET /connections} newest first in pages of
 * {@code limit} from {@code page} 0, or by {@code connectionId}; {@code DELETE /connections/{id}?provider_config_key=}
 * once, then 400 {@code unknown_connection} as Nango answers it; {@code GET /providers/{provider}}; faults on demand,
 * 429 with {@code Retry-After} among them. Also how Nango signs and shapes its webhooks. In the test-jar, for the
 * assembled app's end-to-end test.
 */
public final class NangoStub implements AutoCloseable {

    /** A secret key in Nango's shape (a UUID v4). */
    public static final String SECRET_KEY = "3f2c8e1a-9b4d-4c6e-8f7a-1d2b3c4e5f60";
    public static final String REFUSED_KEY = "0b1c2d3e-4f50-4617-8899-aabbccddeeff";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final String SESSION = """
            {"data": {"token": "nango_connect_session_%s", "connect_link":
             "https://connect.nango.dev?session_token=nango_connect_session_%s",
             "expires_at": "{{now offset='30 minutes'}}"}}""".formatted("ab".repeat(32), "ab".repeat(32));

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final List<String> connections = new ArrayList<>(); // newest first, as Nango lists them
    private int faults;

    public NangoStub() {
        server.start();
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(error(401, "unknown_account",
                "Authentication failed. The provided authorization header does not match any account.")));
        server.stubFor(authorised(get(urlPathEqualTo("/connections"))).withQueryParam("connectionId", matching(".+"))
                .atPriority(9).willReturn(json(200, "{\"connections\": []}")));
        server.stubFor(authorised(delete(urlPathMatching("/connections/[^/]+"))).atPriority(9)
                .willReturn(json(400, "{\"error\": {\"code\": \"unknown_connection\"}}")));
        server.stubFor(authorised(get(urlPathMatching("/providers/[^/]+"))).atPriority(9)
                .willReturn(error(404, "not_found", "Provider not found")));
        server.stubFor(authorised(post("/connect/sessions")).atPriority(8).willReturn(json(400, """
                {"error": {"code": "invalid_body", "errors": [{"code": "invalid_type", "message": "Required",
                 "path": ["end_user", "id"]}]}}""")));
        server.stubFor(authorised(post("/connect/sessions")).withRequestBody(matchingJsonPath("$.end_user.id"))
                .atPriority(5).willReturn(session()));
        server.stubFor(authorised(post("/connect/sessions/reconnect")).atPriority(5)
                .withRequestBody(matchingJsonPath("$.connection_id"))
                .withRequestBody(matchingJsonPath("$.integration_id")).willReturn(session()));
        listConnections();
    }

    public URI baseUrl() {
        return URI.create(server.baseUrl());
    }

    /** For verifying what reached the stub. */
    public WireMockServer server() {
        return server;
    }

    /** The adapters against this stub, with the kit's timeouts. */
    public NangoAdapters adapters(String key) {
        return adapters(key, ProviderTimeouts.READ, ProviderTimeouts.DEADLINE);
    }

    public NangoAdapters adapters(String key, java.time.Duration read, java.time.Duration deadline) {
        return NangoAdapters.create(NangoSettings.defaults(new NangoSecretKey(key)).withBaseUrl(baseUrl())
                .withTimeouts(ProviderTimeouts.CONNECT, read, deadline), Clock.systemUTC());
    }

    /**
     * A connection of {@code integration} with these tags and current errors ({@code auth}, {@code sync}): found by
     * its id and deleted once, listed newest first.
     */
    public void givenConnection(String connectionId, String integration, Map<String, String> tags,
                                List<String> errorTypes) {
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("id", connections.size() + 1);
        connection.put("connection_id", connectionId);
        connection.put("provider", "hubspot");
        connection.put("provider_config_key", integration);
        connection.put("created", "2026-03-01T12:00:0" + Math.min(9, connections.size()) + ".000Z");
        connection.put("metadata", null);
        connection.put("tags", tags);
        connection.put("errors", errorTypes.stream().map(type -> Map.of("type", type, "log_id", "log-" + type))
                .toList());
        connection.put("end_user", null);
        String body = write(connection);
        String scenario = "connection " + connectionId + " of " + integration;
        server.stubFor(authorised(get(urlPathEqualTo("/connections"))).withQueryParam("connectionId",
                        equalTo(connectionId)).atPriority(5).inScenario(scenario).whenScenarioStateIs(STARTED)
                .willReturn(json(200, "{\"connections\": [" + body + "]}")));
        server.stubFor(authorised(delete("/connections/" + connectionId + "?provider_config_key=" + integration))
                .atPriority(5).inScenario(scenario).whenScenarioStateIs(STARTED)
                .willReturn(json(200, "{\"success\": true}")).willSetStateTo("deleted"));
        connections.add(0, body);
        listConnections();
    }

    /** A connection as connect's session would have made it: tagged with its owner. */
    public void givenLinkedConnection(String connectionId, String integration, String ownerId, String ownerName) {
        givenConnection(connectionId, integration, Map.of("organization_id", ownerId, "organization_name", ownerName,
                "end_user_id", "ada@" + ownerId + ".test"), List.of());
    }

    /** The same connection id in a second integration: Nango allows it, connect refuses it as a conflict. */
    public void givenConnectionsSharingAnId(String connectionId, String first, String second) {
        Map<String, String> tags = Map.of("organization_id", "tenant-1");
        String one = write(Map.of("connection_id", connectionId, "provider_config_key", first, "tags", tags));
        String two = write(Map.of("connection_id", connectionId, "provider_config_key", second, "tags", tags));
        server.stubFor(authorised(get(urlPathEqualTo("/connections"))).withQueryParam("connectionId",
                equalTo(connectionId)).atPriority(4).willReturn(json(200, "{\"connections\": [" + one + "," + two
                + "]}")));
    }

    public void givenProvider(String provider, List<String> categories) {
        server.stubFor(authorised(get("/providers/" + provider)).atPriority(5).willReturn(json(200,
                write(Map.of("data", Map.of("name", provider, "categories", categories))))));
    }

    /** Every page of {@code GET /connections} for the connections so far: newest first, pages from 0. */
    private void listConnections() {
        for (int limit : new int[] {1, 2, 25, 100}) {
            for (int page = 0; page <= connections.size() / limit; page++) {
                int from = Math.min(connections.size(), page * limit);
                List<String> slice = connections.subList(from, Math.min(connections.size(), from + limit));
                server.stubFor(authorised(get(urlPathEqualTo("/connections")))
                        .withQueryParam("connectionId", absent())
                        .withQueryParam("limit", equalTo(Integer.toString(limit)))
                        .withQueryParam("page", equalTo(Integer.toString(page))).atPriority(6)
                        .willReturn(json(200, "{\"connections\": [" + String.join(",", slice) + "]}")));
            }
        }
    }

    public void givenFault(ProviderCall call, ProviderFault fault) {
        ResponseDefinitionBuilder answer = switch (fault.kind()) {
            case STATUS -> error(fault.status(), fault.status() >= 500 ? "server_error" : "invalid_body",
                    "Injected " + fault.status());
            case RATE_LIMITED -> json(429, "{\"error\": {\"code\": \"too_many_request\", \"method\": \"" + method(call)
                    + "\", \"path\": \"/\"}}").withHeader("Retry-After", Long.toString(fault.retryAfter().toSeconds()))
                    .withHeader("X-RateLimit-Remaining", "0");
            // an answer the client gives up on before it arrives: what it would have said is never read
            case SLOW -> json(200, "{}").withFixedDelay((int) fault.delay().toMillis());
        };
        String scenario = "fault " + (++faults);
        int stubs = fault.persistent() ? 1 : fault.times();
        for (int time = 0; time < stubs; time++) {
            MappingBuilder stub = matchingCall(authorised(request(method(call), url(call))), call).atPriority(1);
            if (!fault.persistent()) {
                stub = stub.inScenario(scenario).whenScenarioStateIs(time == 0 ? STARTED : "after " + time)
                        .willSetStateTo("after " + (time + 1));
            }
            server.stubFor(stub.willReturn(answer));
        }
    }

    public OptionalInt requests(ProviderCall call) {
        RequestPatternBuilder pattern = requestedFor(method(call), url(call));
        switch (call) {
            case FIND -> pattern.withQueryParam("connectionId", matching(".+"));
            case LIST -> pattern.withQueryParam("connectionId", absent());
            default -> {
            }
        }
        return OptionalInt.of(server.countRequestsMatching(pattern.build()).getCount());
    }

    private static MappingBuilder matchingCall(MappingBuilder stub, ProviderCall call) {
        return switch (call) {
            case FIND -> stub.withQueryParam("connectionId", matching(".+"));
            case LIST -> stub.withQueryParam("connectionId", absent());
            default -> stub;
        };
    }

    private static String method(ProviderCall call) {
        return switch (call) {
            case OPEN_SESSION -> "POST";
            case FIND, LIST -> "GET";
            case DELETE -> "DELETE";
        };
    }

    private static UrlPattern url(ProviderCall call) {
        return switch (call) {
            case OPEN_SESSION -> urlPathEqualTo("/connect/sessions");
            case FIND, LIST -> urlPathEqualTo("/connections");
            case DELETE -> urlPathMatching("/connections/[^/]+");
        };
    }

    // --- webhooks, as Nango sends them ---------------------------------------------------------------------------

    /**
     * An auth webhook body as Nango sends it: its members sorted by name, without spaces (Nango serialises with a
     * stable stringify, so a retry is byte for byte the same).
     */
    public static String authWebhook(String operation, boolean success, String connectionId, String integration,
                                     Map<String, String> tags) {
        Map<String, Object> body = new TreeMap<>();
        body.put("from", "nango");
        body.put("type", "auth");
        body.put("operation", operation);
        body.put("success", success);
        body.put("connectionId", connectionId);
        body.put("providerConfigKey", integration);
        body.put("provider", "hubspot");
        body.put("authMode", "OAUTH2");
        body.put("environment", "prod");
        if (!tags.isEmpty()) {
            body.put("tags", new TreeMap<>(tags));
        }
        if (!success) {
            body.put("error", Map.of("type", "refresh_token_external_error", "description", "invalid_grant"));
        }
        return write(body);
    }

    /** {@code X-Nango-Hmac-Sha256}: HMAC-SHA256 of the raw body under the signing key, in lower-case hex. */
    public static String sign(String signingKey, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseDefinitionBuilder session() {
        return json(201, SESSION).withTransformers("response-template");
    }

    private static MappingBuilder authorised(MappingBuilder stub) {
        return stub.withHeader("Authorization", equalTo("Bearer " + SECRET_KEY));
    }

    private static ResponseDefinitionBuilder error(int status, String code, String message) {
        return json(status, "{\"error\": {\"code\": \"" + code + "\", \"message\": \"" + message + "\"}}");
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
