package dev.connect.adapters.web.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.adapters.web.http.ProtocolLimits;
import dev.connect.adapters.web.problem.Problem;
import dev.connect.adapters.web.problem.ProblemMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every status Jetty or Javalin may refuse with becomes a problem with a stable code, including those the HTTP tests
 * cannot provoke with this server's configuration (a 408 from a minimum data rate, a 417 for an unknown expectation).
 */
class LibraryRefusalsTest {

    private final LibraryRefusals refusals =
            new LibraryRefusals(new ProtocolLimits(100, 1000, Duration.ofSeconds(1), Duration.ofSeconds(2)));

    @ParameterizedTest(name = "{0} -> {1} {3}")
    @CsvSource({
            "400, 400, Bad Request, invalid_request",
            "404, 404, Not Found, not_found",
            "405, 405, Method Not Allowed, method_not_allowed",
            "408, 408, Request Timeout, request_timeout",
            "413, 413, Content Too Large, payload_too_large",
            "414, 414, URI Too Long, uri_too_long",
            "417, 400, Bad Request, invalid_request",
            "426, 400, Bad Request, invalid_request",
            "431, 431, Request Header Fields Too Large, headers_too_large",
            "505, 505, HTTP Version Not Supported, http_version_not_supported"})
    void aRefusalBecomesAProblemWithAStableCode(int refused, int status, String title, String code) {
        Problem problem = ProblemMapper.toProblem(refusals.failureFor(refused, null));

        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.title()).isEqualTo(title);
        assertThat(problem.code()).isEqualTo(code);
    }

    @Test
    void theDetailNamesTheConfiguredLimits() {
        assertThat(refusals.failureFor(414, null).getMessage()).contains("100 bytes");
        assertThat(refusals.failureFor(431, null).getMessage()).contains("1000 bytes");
    }

    @Test
    void aServerSideFailureIsPassedOnAsTheUnexpectedFailureItIs() {
        IllegalStateException broken = new IllegalStateException("broken");

        assertThat(refusals.failureFor(500, broken)).isSameAs(broken);
        assertThat(ProblemMapper.toProblem(refusals.failureFor(500, null)).code()).isEqualTo("internal_error");
    }
}
