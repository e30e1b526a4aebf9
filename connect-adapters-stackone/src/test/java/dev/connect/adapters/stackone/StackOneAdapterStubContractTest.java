package dev.connect.adapters.stackone;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.connect.adapters.stackone.StackOneAdapterHttpTest.json;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The contract against the HTTP stub, which answers as stackone-api.md documents. */
class StackOneAdapterStubContractTest extends StackOneAdapterContract {

    private final WireMockServer stackOne = new WireMockServer(options().dynamicPort());

    @BeforeEach
    void start() {
        stackOne.start();
        String basic = "Basic " + Base64.getEncoder().encodeToString((apiKey() + ":").getBytes(StandardCharsets.UTF_8));
        stackOne.stubFor(any(anyUrl()).atPriority(10)
                .willReturn(json(401, "{\"statusCode\":401,\"message\":\"Unauthorized\"}")));
        stackOne.stubFor(get(anyUrl()).atPriority(5).withHeader("Authorization", equalTo(basic))
                .willReturn(json(404, "{\"statusCode\":404,\"message\":\"Not found\"}")));
        stackOne.stubFor(post("/connect_sessions").atPriority(1).withHeader("Authorization", equalTo(basic))
                .willReturn(json(201, StackOneAdapterHttpTest.SESSION_JSON
                        .replace("2026-01-01T10:00:00.000Z", java.time.Instant.now().toString()))));
    }

    @AfterEach
    void stop() {
        stackOne.stop();
    }

    @Override
    URI baseUrl() {
        return URI.create(stackOne.baseUrl());
    }

    @Override
    String apiKey() {
        return StackOneAdapterHttpTest.API_KEY;
    }

    @Override
    String givenLinkedAccount(String ownerId, String ownerName, String provider) {
        stackOne.stubFor(get("/accounts/acc-42").atPriority(1).willReturn(json(200, """
                {"id": "acc-42", "provider": "%s", "status": "active", "origin_owner_id": "%s",
                 "origin_owner_name": "%s", "created_at": "2026-01-01T10:00:00Z", "updated_at": "2026-01-01T10:00:00Z"}
                """.formatted(provider, ownerId, ownerName))));
        return "acc-42";
    }
}
