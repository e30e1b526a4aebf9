package dev.connect.adapters.web.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

/** The check every contract exchange goes through does fail on drift: an answer the description does not have. */
class OpenApiExchangesTest {

    private static final String ID = "3f1c2a9e-0000-4000-8000-000000000001";

    @Test
    void aDescribedAnswerPasses() {
        assertThatCode(() -> OpenApiExchanges.check(get("/health/ready"),
                answer(200, "{\"status\":\"up\"}", Map.of("Content-Type", "application/json",
                        "Cache-Control", "no-store", "X-Request-Id", ID)))).doesNotThrowAnyException();
    }

    @Test
    void aMemberTheDescriptionLacksFails() {
        assertThatThrownBy(() -> OpenApiExchanges.check(get("/health/ready"),
                answer(200, "{\"status\":\"up\",\"version\":\"1.2\"}", Map.of("Content-Type", "application/json",
                        "Cache-Control", "no-store", "X-Request-Id", ID))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("additionalProperties");
    }

    @Test
    void aStatusTheDescriptionLacksFails() {
        assertThatThrownBy(() -> OpenApiExchanges.check(get("/health/ready"),
                answer(418, "{\"status\":\"up\"}", Map.of("Content-Type", "application/json", "X-Request-Id", ID))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("418");
    }

    @Test
    void anAnswerWithoutItsRequestIdFails() {
        assertThatThrownBy(() -> OpenApiExchanges.check(get("/health/ready"),
                answer(200, "{\"status\":\"up\"}", Map.of("Content-Type", "application/json",
                        "Cache-Control", "no-store"))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("X-Request-Id");
    }

    /** The rest of a path is one x-rest-of-path parameter: /examples/react/app.js is /examples/{path}. */
    @Test
    void aStaticFileDeepBelowItsSiteIsMatchedToTheSitesOperation() {
        assertThat(OpenApiExchanges.foldedRestOfPath("/examples/react/app.js")).isEqualTo("/examples/react%2Fapp.js");
        assertThat(OpenApiExchanges.foldedRestOfPath("/examples/")).isEqualTo("/examples/");
        assertThat(OpenApiExchanges.foldedRestOfPath("/v1/accounts/acc-1")).isEqualTo("/v1/accounts/acc-1");
        assertThatCode(() -> OpenApiExchanges.check(get("/examples/react/app.js"),
                answer(200, "console.log(1);", Map.of("Content-Type", "text/javascript;charset=utf-8",
                        "ETag", "\"abc\"", "Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff",
                        "X-Request-Id", ID)))).doesNotThrowAnyException();
        assertThatThrownBy(() -> OpenApiExchanges.check(get("/examples/react/app.js"),
                answer(200, "console.log(1);", Map.of("Content-Type", "text/javascript;charset=utf-8",
                        "X-Request-Id", ID))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ETag");
    }

    @Test
    void anAnswerOnAPathTheDescriptionLacksMustBeAProblem() {
        assertThatThrownBy(() -> OpenApiExchanges.check(get("/v2/new-route"),
                answer(200, "{}", Map.of("Content-Type", "application/json", "X-Request-Id", ID))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not a problem");
    }

    @Test
    void aRequestTheServerAcceptedMustBeDescribedToo() {
        HttpRequest undescribedQuery = HttpRequest.newBuilder(URI.create("http://127.0.0.1/health/ready?verbose=1"))
                .GET().build();

        assertThatThrownBy(() -> OpenApiExchanges.check(undescribedQuery,
                answer(200, "{\"status\":\"up\"}", Map.of("Content-Type", "application/json",
                        "Cache-Control", "no-store", "X-Request-Id", ID))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("verbose");
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1" + path)).GET().build();
    }

    private static HttpResponse<String> answer(int status, String body, Map<String, String> headers) {
        HttpHeaders fields = HttpHeaders.of(headers.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, entry -> List.of(entry.getValue()))), (name, value) -> true);
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpRequest request() {
                return null;
            }

            @Override
            public Optional<HttpResponse<String>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return fields;
            }

            @Override
            public String body() {
                return body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public URI uri() {
                return URI.create("http://127.0.0.1/");
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}
