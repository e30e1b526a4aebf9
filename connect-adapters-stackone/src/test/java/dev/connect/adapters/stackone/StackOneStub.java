package dev.connect.adapters.stackone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import dev.connect.domain.contract.ProviderCall;
import dev.connect.domain.contract.ProviderFault;
import dev.connect.domain.contract.ProviderTimeouts;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalInt;

/**
 * A StackOne on loopback that answers as {@code stackone-api.md} documents: Basic auth with the API key (401 with
 * StackOne's error body otherwise), connect sessions that began now, accounts that are listed page by page and can be
 * deleted once, and faults on demand. For the contract kit's StackOne tests.
 */
final class StackOneStub implements AutoCloseable {

    static final String API_KEY = StackOneAdapterHttpTest.API_KEY;
    static final String REFUSED_KEY = "v1.eu1.not-the-right-key";

    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final List<String> accounts = new ArrayList<>();
    private int faults;

    StackOneStub() {
        server.start();
        server.stubFor(any(anyUrl()).atPriority(10)
                .willReturn(json(401, "{\"statusCode\":401,\"message\":\"Unauthorized\"}")));
        server.stubFor(authorised(get(urlPathMatching("/accounts/[^/]+"))).atPriority(9)
                .willReturn(json(404, "{\"statusCode\":404,\"message\":\"Account not found\"}")));
        server.stubFor(authorised(delete(urlPathMatching("/accounts/[^/]+"))).atPriority(9)
                .willReturn(json(404, "{\"statusCode\":404,\"message\":\"Account not found\"}")));
        server.stubFor(authorised(post("/connect_sessions")).atPriority(5)
                .willReturn(json(201, StackOneAdapterHttpTest.SESSION_JSON
                        .replace("2026-01-01T10:00:00.000Z", "{{now}}")).withTransformers("response-template")));
        listAccounts();
    }

    StackOneAdapters adapters(String key) {
        return StackOneAdapters.create(StackOneSettings.defaults(new StackOneApiKey(key))
                .withBaseUrl(URI.create(server.baseUrl()))
                .withTimeouts(ProviderTimeouts.CONNECT, ProviderTimeouts.READ, ProviderTimeouts.DEADLINE),
                Clock.systemUTC());
    }

    /** An account linked for this owner: found until it is deleted once, then 404. */
    String givenLinkedAccount(String ownerId, String ownerName, String provider, String status) {
        String id = "acc-" + (accounts.size() + 1);
        String scenario = "account " + id;
        String account = """
                {"id": "%s", "provider": "%s", "status": "%s", "origin_owner_id": "%s", "origin_owner_name": "%s",
                 "created_at": "2026-01-01T10:00:00Z", "updated_at": "2026-01-01T10:00:00Z"}""".formatted(
                id, provider, status, ownerId, ownerName);
        server.stubFor(authorised(get("/accounts/" + id)).atPriority(5).inScenario(scenario)
                .whenScenarioStateIs(STARTED).willReturn(json(200, account)));
        server.stubFor(authorised(delete("/accounts/" + id)).atPriority(5).inScenario(scenario)
                .whenScenarioStateIs(STARTED).willReturn(json(200, account)).willSetStateTo("deleted"));
        accounts.add(account);
        listAccounts();
        return id;
    }

    /** The account answers with this status from now on (a status StackOne may add later, say). */
    void givenAccountStatus(String id, String status) {
        server.stubFor(authorised(get("/accounts/" + id)).atPriority(4).willReturn(json(200, """
                {"id": "%s", "provider": "bamboohr", "status": "%s", "origin_owner_id": "tenant",
                 "created_at": "2026-01-01T10:00:00Z"}""".formatted(id, status))));
    }

    /** Every page of {@code GET /accounts} for the accounts so far: a JSON array, the last page shorter. */
    private void listAccounts() {
        for (int size : new int[] {1, 2, 25}) {
            for (int page = 1; page <= accounts.size() / size + 1; page++) {
                int from = Math.min(accounts.size(), (page - 1) * size);
                List<String> slice = accounts.subList(from, Math.min(accounts.size(), from + size));
                server.stubFor(authorised(get(urlPathEqualTo("/accounts")))
                        .withQueryParam("page", equalTo(Integer.toString(page)))
                        .withQueryParam("page_size", equalTo(Integer.toString(size))).atPriority(5)
                        .willReturn(json(200, "[" + String.join(",", slice) + "]")));
            }
        }
    }

    void givenFault(ProviderCall call, ProviderFault fault) {
        ResponseDefinitionBuilder answer = switch (fault.kind()) {
            case STATUS -> json(fault.status(), "{\"statusCode\":" + fault.status() + ",\"message\":\"Injected "
                    + fault.status() + "\",\"timestamp\":\"2026-01-01T00:00:00Z\"}");
            case RATE_LIMITED -> json(429, "{\"statusCode\":429,\"message\":\"Too many requests\"}")
                    .withHeader("Retry-After", Long.toString(fault.retryAfter().toSeconds()));
            // an answer the client gives up on before it arrives: what it would have said is never read
            case SLOW -> json(200, "{}").withFixedDelay((int) fault.delay().toMillis());
        };
        String scenario = "fault " + (++faults);
        int stubs = fault.persistent() ? 1 : fault.times();
        for (int time = 0; time < stubs; time++) {
            MappingBuilder stub = authorised(request(method(call), url(call))).atPriority(1);
            if (!fault.persistent()) {
                stub = stub.inScenario(scenario).whenScenarioStateIs(time == 0 ? STARTED : "after " + time)
                        .willSetStateTo("after " + (time + 1));
            }
            server.stubFor(stub.willReturn(answer));
        }
    }

    OptionalInt requests(ProviderCall call) {
        return OptionalInt.of(server.countRequestsMatching(requestedFor(method(call), url(call)).build()).getCount());
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
            case OPEN_SESSION -> urlPathEqualTo("/connect_sessions");
            case FIND, DELETE -> urlPathMatching("/accounts/[^/]+");
            case LIST -> urlPathEqualTo("/accounts");
        };
    }

    private static MappingBuilder authorised(MappingBuilder stub) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8));
        return stub.withHeader("Authorization", equalTo(basic));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return StackOneAdapterHttpTest.json(status, body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
