package dev.connect.adapters.web.contract;

import static dev.connect.adapters.web.contract.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACSigner;
import dev.connect.domain.model.account.ProviderKey;
import dev.connect.domain.model.error.ConflictException;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.NotFoundException;
import dev.connect.domain.model.error.NotPermittedException;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.domain.model.owner.OwnerId;
import dev.connect.domain.model.owner.OwnerName;
import dev.connect.domain.model.owner.UserName;
import dev.connect.domain.model.session.Category;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /v1/connect-sessions} over real HTTP: caller authentication, the body's rules, every failure's answer. */
public interface ConnectSessionsContract extends HttpContractFixture {

    String PATH = "/v1/connect-sessions";

    @Test
    default void mintsASessionForTheOwnerInTheToken() {
        HttpResponse<String> response = client().postJson(PATH, Tokens.alice(), """
                {"provider": "hibob", "categories": ["hris", "ats"], "multiple": true, "label": "HR",
                 "metadata": {"plan": "pro"}, "expiresIn": 600}""");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = WebClient.json(response);
        assertThat(body.get("token").asText()).isEqualTo("hub-token-1");
        assertThat(body.get("expiresAt").asText()).isEqualTo("2026-01-01T10:30:00Z");
        assertThat(useCases().sessionCommands()).singleElement().satisfies(command -> {
            assertThat(command.request().endUser().owner().id()).isEqualTo(new OwnerId("tenant-1"));
            assertThat(command.request().endUser().owner().name()).isEqualTo(new OwnerName("Acme"));
            assertThat(command.request().endUser().userName()).contains(new UserName("alice@acme.test"));
            assertThat(command.request().provider()).contains(new ProviderKey("hibob"));
            assertThat(command.request().categories()).containsExactlyInAnyOrder(Category.HRIS, Category.ATS);
            assertThat(command.request().multiple()).isTrue();
            assertThat(command.request().expiresIn().seconds()).isEqualTo(600);
            assertThat(command.request().metadata().entries()).containsEntry("plan", "pro");
        });
    }

    @Test
    default void anEmptyBodyAsksForThePickerWithDefaults() {
        HttpResponse<String> response = client().send(client().request(PATH)
                .header("Authorization", "Bearer " + Tokens.alice()).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(useCases().sessionCommands()).singleElement().satisfies(command -> {
            assertThat(command.request().provider()).isEmpty();
            assertThat(command.request().expiresIn().seconds()).isEqualTo(1800);
        });
    }

    @Test
    default void aBodyThatNamesAnOwnerIsRefusedAndCannotChangeIt() {
        for (String field : List.of("ownerId", "origin_owner_id", "owner")) {
            HttpResponse<String> response = client().postJson(PATH, Tokens.alice(), "{\"" + field + "\": \"tenant-2\"}");

            assertProblem(response, 400, "invalid_request");
            assertThat(WebClient.json(response).get("field").asText()).isEqualTo(field);
        }
        assertThat(useCases().sessionCommands()).isEmpty();
    }

    @Test
    default void aMissingTokenIsUnauthenticatedWithAChallenge() {
        HttpResponse<String> response = client().postJson(PATH, null, "{}");

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"connect\"");
        assertThat(useCases().sessionCommands()).isEmpty();
    }

    @Test
    default void aNonBearerSchemeIsUnauthenticated() {
        HttpResponse<String> response = client().send(client().request(PATH).header("Authorization", "Basic dXNlcjpwYXNz")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertProblem(response, 401, "unauthenticated");
    }

    @Test
    default void anExpiredTokenIsUnauthenticatedButClockSkewUpToAMinuteIsTolerated() {
        Map<String, Object> claims = Map.of("org_id", "tenant-1", "org_name", "Acme");
        MACSigner signer = macSigner(Tokens.SECRET);
        String expired = Tokens.sign(signer, JWSAlgorithm.HS256, null, claims, Instant.now().minusSeconds(120));
        String withinSkew = Tokens.sign(signer, JWSAlgorithm.HS256, null, claims, Instant.now().minusSeconds(30));

        HttpResponse<String> refused = client().postJson(PATH, expired, "{}");
        assertProblem(refused, 401, "unauthenticated");
        assertThat(WebClient.json(refused).get("detail").asText()).contains("expired");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).contains("error=\"invalid_token\""));

        assertThat(client().postJson(PATH, withinSkew, "{}").statusCode()).isEqualTo(201);
    }

    @Test
    default void aTokenWithoutExpiryIsRefused() {
        String forever = Tokens.sign(macSigner(Tokens.SECRET), JWSAlgorithm.HS256, null,
                Map.of("org_id", "tenant-1"), null);

        assertProblem(client().postJson(PATH, forever, "{}"), 401, "unauthenticated");
    }

    @Test
    default void forgedAndUnsignedTokensAreUnauthenticated() {
        String otherSecret = Tokens.sign(macSigner("another-secret-that-is-32-bytes-long!!"), JWSAlgorithm.HS256,
                null, Map.of("org_id", "tenant-1"), Instant.now().plusSeconds(300));
        String[] parts = Tokens.alice().split("\\.");
        String tamperedPayload = parts[0] + "." + base64Url("{\"org_id\":\"tenant-2\",\"exp\":9999999999}") + "." + parts[2];
        String unsigned = base64Url("{\"alg\":\"none\"}") + "." + base64Url("{\"org_id\":\"tenant-1\",\"exp\":9999999999}") + ".";

        for (String token : List.of(otherSecret, tamperedPayload, unsigned, "not-a-jwt", "a.b.c")) {
            assertProblem(client().postJson(PATH, token, "{}"), 401, "unauthenticated");
        }
        assertThat(useCases().sessionCommands()).isEmpty();
    }

    @Test
    default void aTokenWithoutTheOwnerClaimIsUnauthenticated() {
        HttpResponse<String> response = client().postJson(PATH, Tokens.hs256(Map.of("sub", "u-1")), "{}");

        assertProblem(response, 401, "unauthenticated");
    }

    @Test
    default void theOwnerNameDefaultsToTheOwnerIdAndTheUserToTheSubject() {
        client().postJson(PATH, Tokens.hs256(Map.of("org_id", "tenant-9", "sub", "user-9")), "{}");

        assertThat(useCases().sessionCommands()).singleElement().satisfies(command -> {
            assertThat(command.request().endUser().owner().name()).isEqualTo(new OwnerName("tenant-9"));
            assertThat(command.request().endUser().userName()).contains(new UserName("user-9"));
        });
    }

    @ParameterizedTest(name = "{0} -> field {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"provider\": \"Bamboo HR\"}                | provider",
            "{\"provider\": 7}                            | provider",
            "{\"categories\": [\"hris\", \"payroll\"]}    | categories",
            "{\"categories\": \"hris\"}                   | categories",
            "{\"expiresIn\": 59}                          | expiresIn",
            "{\"expiresIn\": 604801}                      | expiresIn",
            "{\"expiresIn\": \"600\"}                     | expiresIn",
            "{\"multiple\": \"yes\"}                      | multiple",
            "{\"label\": \"\"}                            | label",
            "{\"accountId\": \" \"}                       | accountId",
            "{\"metadata\": {\"k\": {\"nested\": true}}}  | metadata.k"})
    default void invalidFieldsAreNamed(String body, String field) {
        HttpResponse<String> response = client().postJson(PATH, Tokens.alice(), body);

        assertProblem(response, 400, "invalid_request");
        assertThat(WebClient.json(response).get("field").asText()).isEqualTo(field);
        assertThat(useCases().sessionCommands()).isEmpty();
    }

    @Test
    default void tooMuchMetadataIsRefused() {
        String fiftyOne = IntStream.range(0, 51).mapToObj(i -> "\"k" + i + "\": \"v\"").collect(Collectors.joining(","));

        HttpResponse<String> response = client().postJson(PATH, Tokens.alice(), "{\"metadata\": {" + fiftyOne + "}}");

        assertProblem(response, 400, "invalid_request");
        assertThat(WebClient.json(response).get("field").asText()).isEqualTo("metadata");
    }

    @Test
    default void malformedJsonIsABadRequest() {
        for (String body : List.of("{", "[1,2]", "\"text\"", "{} trailing", "null")) {
            assertProblem(client().postJson(PATH, Tokens.alice(), body), 400, "invalid_request");
        }
    }

    @Test
    default void duplicateKeysAreRefusedLikeTheWebhookDecoderRefusesThem() {
        HttpResponse<String> response = client().postJson(PATH, Tokens.alice(),
                "{\"provider\": \"hibob\", \"provider\": \"bamboohr\"}");

        assertProblem(response, 400, "invalid_request");
        assertThat(WebClient.json(response).get("detail").asText()).contains("provider");
        assertThat(useCases().sessionCommands()).isEmpty();
    }

    /** {@code C0 AF} is an overlong {@code /}; {@code ED A0 80} a surrogate; {@code C3} a truncated sequence. */
    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "E080AF", "EDA080", "C3", "FF"})
    default void invalidUtf8IsABadRequest(String hex) {
        byte[] invalid = java.util.HexFormat.of().parseHex(hex);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes("{\"label\": \"HR".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(invalid);
        body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = client().send(client().request(PATH)
                .header("Authorization", "Bearer " + Tokens.alice()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));

        assertProblem(response, 400, "invalid_request");
        assertThat(WebClient.json(response).get("detail").asText()).contains("UTF-8");
        assertThat(useCases().sessionCommands()).isEmpty();
    }

    /** The same signature bytes written another way: padded, in standard base64, or with stray low bits. */
    @Test
    default void aTokenWhoseSignatureIsNotCanonicalBase64UrlIsRefused() {
        String token = tokenWhoseSignatureHas('-', '_');
        String[] parts = token.split("\\.");
        String signature = parts[2];
        List<String> variants = List.of(
                signature + "=",
                signature.replace('-', '+').replace('_', '/'),
                withStrayLowBits(signature));
        assertThat(client().postJson(PATH, token, "{}").statusCode()).isEqualTo(201);
        for (String variant : variants) {
            assertThat(java.util.Base64.getUrlDecoder().decode(variant.replace('+', '-').replace('/', '_')
                    .replace("=", ""))).isEqualTo(java.util.Base64.getUrlDecoder().decode(signature));
            assertProblem(client().postJson(PATH, parts[0] + "." + parts[1] + "." + variant, "{}"), 401,
                    "unauthenticated");
        }
        assertProblem(client().postJson(PATH, parts[0] + "=." + parts[1] + "." + signature, "{}"), 401, "unauthenticated");
        assertThat(useCases().sessionCommands()).hasSize(1);
    }

    /** 32 bytes fill 43 base64 characters with 2 bits to spare; a lenient decoder ignores them. */
    private static String withStrayLowBits(String signature) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char last = signature.charAt(signature.length() - 1);
        char stray = alphabet.charAt(alphabet.indexOf(last) | 1);
        return signature.substring(0, signature.length() - 1) + stray;
    }

    private static String tokenWhoseSignatureHas(char first, char second) {
        for (int i = 0; ; i++) {
            String token = Tokens.hs256(Map.of("org_id", "tenant-1", "n", i));
            String signature = token.substring(token.lastIndexOf('.') + 1);
            if (signature.indexOf(first) >= 0 && signature.indexOf(second) >= 0) {
                return token;
            }
        }
    }

    @Test
    default void aBodyOverSixtyFourKibibytesIsTooLarge() {
        String big = "{\"label\": \"" + "x".repeat(70 * 1024) + "\"}";

        assertProblem(client().postJson(PATH, Tokens.alice(), big), 413, "payload_too_large");
    }

    @Test
    default void aChunkedBodyOverTheLimitIsTooLargeToo() {
        byte[] big = ("{\"label\": \"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = client().send(client().request(PATH)
                .header("Authorization", "Bearer " + Tokens.alice()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

        assertProblem(response, 413, "payload_too_large");
    }

    @Test
    default void aNonJsonBodyIsUnsupported() {
        HttpResponse<String> response = client().send(client().request(PATH)
                .header("Authorization", "Bearer " + Tokens.alice()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("provider=hibob")));

        assertProblem(response, 415, "unsupported_media_type");
    }

    /** A busy owner is told to wait, with a Retry-After of whole seconds, never 0, and without its session. */
    @Test
    default void anOwnerOverItsShareIs429WithRetryAfter() {
        useCases().createConnectSession(command -> {
            throw new dev.connect.domain.model.error.OwnerRateLimitedException("too many sessions",
                    Duration.ofMillis(1500));
        });

        HttpResponse<String> response = client().postJson(PATH, Tokens.alice(), "{}");

        assertProblem(response, 429, "owner_rate_limited");
        assertThat(response.headers().firstValue("Retry-After")).contains("2");
        assertThat(WebClient.json(response).get("retryAfter").asInt()).isEqualTo(2);
        useCases().createConnectSession(command -> {
            throw new dev.connect.domain.model.error.OwnerRateLimitedException("too many sessions",
                    Duration.ofMillis(10));
        });
        assertThat(client().postJson(PATH, Tokens.alice(), "{}").headers().firstValue("Retry-After")).contains("1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "not-permitted, 403, not_permitted",
            "not-found, 404, not_found",
            "conflict, 409, conflict",
            "rejected, 400, upstream_rejected",
            "misconfigured, 502, upstream_misconfigured",
            "rate-limited, 503, upstream_rate_limited",
            "unavailable, 503, upstream_unavailable",
            "timeout, 504, upstream_timeout"})
    default void domainFailuresBecomeProblems(String failure, int status, String code) {
        useCases().createConnectSession(command -> {
            throw switch (failure) {
                case "not-permitted" -> new NotPermittedException("provider 'x' is not allowed here");
                case "not-found" -> new NotFoundException("account 'a' not found");
                case "conflict" -> new ConflictException("StackOne: exists");
                case "rejected" -> new UpstreamException(ErrorCode.UPSTREAM_REJECTED, "StackOne rejected the request");
                case "misconfigured" -> new UpstreamException(ErrorCode.UPSTREAM_MISCONFIGURED, "check the key");
                case "rate-limited" -> new UpstreamException(ErrorCode.UPSTREAM_RATE_LIMITED, "slow down",
                        Duration.ofMillis(59_500), null);
                case "unavailable" -> new UpstreamException(ErrorCode.UPSTREAM_UNAVAILABLE, "down");
                default -> new UpstreamException(ErrorCode.UPSTREAM_TIMEOUT, "slow", Duration.ofSeconds(60), null);
            };
        });

        HttpResponse<String> response = client().postJson(PATH, Tokens.alice(), "{}");

        assertProblem(response, status, code);
        if (failure.equals("rate-limited")) {
            assertThat(response.headers().firstValue("Retry-After")).contains("60");
            assertThat(WebClient.json(response).get("retryAfter").asLong()).isEqualTo(60);
        }
        if (failure.equals("timeout")) {
            assertThat(response.headers().firstValue("Retry-After")).contains("60");
        }
    }

    @Test
    default void anUnexpectedFailureIsA500WithoutDetailsOrStackTrace() {
        useCases().createConnectSession(command -> {
            throw new IllegalStateException("secret internals at dev.connect.Something");
        });

        HttpResponse<String> response = client().postJson(PATH, Tokens.alice(), "{}");

        assertProblem(response, 500, "internal_error");
        assertThat(response.body()).doesNotContain("secret internals").doesNotContain("at dev.connect")
                .doesNotContain("Exception");
    }

    @Test
    default void errorsNeverEchoTheTokenOrTheSecret() {
        String token = Tokens.alice();
        List<HttpResponse<String>> responses = List.of(
                client().postJson(PATH, token, "{\"provider\": \"" + token + "\"}"),
                client().postJson(PATH, token + "x", "{}"),
                client().postJson(PATH, token, "{" + token + "}"));

        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).isBetween(400, 499);
            assertThat(response.body()).doesNotContain(token).doesNotContain(Tokens.SECRET);
            assertThat(response.headers().map().toString()).doesNotContain(token);
        }
    }

    private static MACSigner macSigner(String secret) {
        try {
            return new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        } catch (com.nimbusds.jose.KeyLengthException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
