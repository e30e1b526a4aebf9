package com.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.owner.OwnerId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The example as a team runs it: the Spring Boot application on a free port of its embedded Tomcat, connect's servlet
 * under {@code /connect} beside the host's own endpoint, real connect use cases behind it ({@link ConnectUseCases}),
 * exchanged with over HTTP.
 */
class HostApplicationTest {

    /** The README's webhook test vector: signed with {@code stackone-test-secret-1}. */
    private static final String DELIVERY = "{\"event\":\"account.created\",\"account_id\":\"acc_9f8e7d\","
            + "\"provider\":\"bamboohr\",\"project_id\":\"proj_123\",\"record_type\":\"account\","
            + "\"record_id\":\"acc_9f8e7d\",\"event_date\":\"2026-11-20T10:00:00.000Z\","
            + "\"sent_at\":\"2026-11-20T10:00:01.000Z\",\"origin_owner_id\":\"owner-42\","
            + "\"origin_owner_name\":\"Acme Ltd\",\"origin_username\":\"ada@acme.test\","
            + "\"setup_information\":{\"domain\":\"acme\"}}";
    private static final String SIGNATURE = "VbUn1j2QPIKD-i4Vs7cXUurWxKhyuNEi9M4w4XlqUp4";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext host;
    private static URI base;

    @BeforeAll
    static void start() {
        host = new SpringApplicationBuilder(HostApplication.class, ConnectUseCases.class)
                .properties("server.address=127.0.0.1", "server.port=0", "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run();
        base = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) host).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void aSignedWebhookDeliveryIsVerifiedAndLandsInTheRegistry() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/connect/webhooks/stackone"))
                .header("Content-Type", "application/json").header("x-stackone-signature", SIGNATURE)
                .POST(HttpRequest.BodyPublishers.ofString(DELIVERY)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"applied\"}");
        LinkedAccount account = host.getBean(ConnectUseCases.class).inbox.findById(new AccountId("acc_9f8e7d"))
                .orElseThrow();
        assertThat(account.ownerId()).contains(new OwnerId("owner-42"));
        assertThat(account.provider().value()).isEqualTo("bamboohr");
    }

    @Test
    void aForgedDeliveryIsAProblemAndStoresNothing() throws Exception {
        String forged = DELIVERY.replace("acc_9f8e7d", "acc_forged");

        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/connect/webhooks/stackone"))
                .header("Content-Type", "application/json").header("x-stackone-signature", SIGNATURE)
                .POST(HttpRequest.BodyPublishers.ofString(forged)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo("signature_invalid");
        assertThat(host.getBean(ConnectUseCases.class).inbox.findById(new AccountId("acc_forged"))).isEmpty();
    }

    @Test
    void aConnectSessionIsOpenedForTheOwnerInTheBearerToken() throws Exception {
        String token = jwt("tenant-7", "Initech");

        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/connect/v1/connect-sessions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"provider\": \"hibob\"}")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode session = JSON.readTree(response.body());
        assertThat(session.get("token").asText()).isEqualTo("hub-token-for-tenant-7");
        assertThat(host.getBean(ConnectUseCases.class).sessionsOpened).anySatisfy(request -> {
            assertThat(request.endUser().owner().id()).isEqualTo(new OwnerId("tenant-7"));
            assertThat(request.provider().orElseThrow().value()).isEqualTo("hibob");
        });
    }

    @Test
    void connectsApiAndTheHostsOwnEndpointsShareTheServer() throws Exception {
        HttpResponse<String> hello = send(HttpRequest.newBuilder(base.resolve("/hello")).GET());
        HttpResponse<String> health = send(HttpRequest.newBuilder(base.resolve("/connect/health")).GET());
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(base.resolve("/connect/nope")).GET());
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(base.resolve("/connect/v1/connect-sessions"))
                .GET());

        assertThat(hello.body()).isEqualTo("hello from the host application");
        assertThat(health.body()).isEqualTo("{\"status\":\"up\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("code").asText()).isEqualTo("not_found");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("POST");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String jwt(String ownerId, String ownerName) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("org_id", ownerId).claim("org_name", ownerName)
                .claim("email", "dev@" + ownerId + ".test")
                .expirationTime(new Date(System.currentTimeMillis() + 300_000)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(ConnectUseCases.JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
