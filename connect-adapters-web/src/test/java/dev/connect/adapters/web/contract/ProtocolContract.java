package dev.connect.adapters.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that break HTTP itself, sent over a raw socket: the answer is still an RFC 9457 problem with a stable code,
 * never the HTTP library's own page; the limits are the ones the README documents; and a client that never finishes
 * its request head is cut off within the documented time, while a normal client keeps its connection.
 *
 * <p>For a binding that owns its server and connections (the Javalin binding, the servlet binding on its embedded
 * Jetty). A servlet mounted in a team's own container gets that container's protocol handling instead.
 */
public abstract class ProtocolContract extends BindingUnderTest {

    // The documented limits (README, API section), written out rather than read from the code, so that changing a
    // limit without changing the documentation fails here.
    private static final int MAX_URI_BYTES = 2048;
    private static final int MAX_HEAD_BYTES = 8 * 1024;
    private static final Duration HEAD_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MARGIN = Duration.ofSeconds(5);

    private static final ObjectMapper JSON = new ObjectMapper();

    private volatile Duration useCaseTakes = Duration.ZERO;

    @BeforeEach
    final void webhooksTakeAsLongAsTheTestSays() {
        useCaseTakes = Duration.ZERO;
        useCases().receiveAccountEvent(command -> {
            sleep(useCaseTakes);
            return new Result.Duplicate(TestEvents.created().build());
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HTTP/2.7", "HTTP/3.0", "HTTP/9.9"})
    void anUnsupportedHttpVersionIs505(String version) {
        RawHttpConnection.Response response = exchange("GET /health " + version + "\r\nHost: localhost\r\n\r\n");

        assertProtocolProblem(response, 505, "HTTP Version Not Supported", "http_version_not_supported");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "NoColonHere",
            "X Bad Name: value",
            "X-Control: a\001b",
            "X-Nul: a\000b",
            "X-Folded: first\r\n second",
            "(X-Parens): value"})
    void aMalformedHeaderFieldIs400(String field) {
        RawHttpConnection.Response response =
                exchange("GET /health HTTP/1.1\r\nHost: localhost\r\n" + field + "\r\n\r\n");

        assertProtocolProblem(response, 400, "Bad Request", "invalid_request");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "Host: a.test\r\nHost: b.test\r\n"})
    void anHttp11RequestWithoutExactlyOneHostIs400(String hostFields) {
        RawHttpConnection.Response response = exchange("GET /health HTTP/1.1\r\n" + hostFields + "\r\n");

        assertProtocolProblem(response, 400, "Bad Request", "invalid_request");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"//health", "/v1/%2e%2e/health", "/v1/..%2fhealth", "/health%2F",
            "/webhooks%2fstackone"})
    void anAmbiguousPathIs400(String path) {
        RawHttpConnection.Response response = exchange("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertProtocolProblem(response, 400, "Bad Request", "invalid_request");
    }

    @Test
    void anHttp10RequestNeedsNoHost() {
        RawHttpConnection.Response response = exchange("GET /health HTTP/1.0\r\n\r\n");

        assertThat(response.status()).as(response.head()).isEqualTo(200);
        assertThat(response.body()).contains("\"up\"");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "Transfer-Encoding: chunked\r\nContent-Length: 7\r\n",
            "Content-Length: 7\r\nTransfer-Encoding: chunked\r\n"})
    void bothTransferEncodingAndContentLengthIs400AndNeverReachesTheUseCase(String framing) {
        RawHttpConnection.Response response = exchange("POST /webhooks/stackone HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\n" + framing + "\r\n2\r\n{}\r\n0\r\n\r\n");

        assertProtocolProblem(response, 400, "Bad Request", "invalid_request");
        assertThat(useCases().deliveries()).isEmpty();
    }

    @Test
    void aUriUpToTheLimitIsServed() {
        RawHttpConnection.Response response = exchange("GET " + uriOfLength(MAX_URI_BYTES)
                + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(response.status()).as(response.head()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {MAX_URI_BYTES + 1, MAX_HEAD_BYTES + 1000})
    void aLongerUriIs414(int length) {
        RawHttpConnection.Response response = exchange("GET " + uriOfLength(length)
                + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertProtocolProblem(response, 414, "URI Too Long", "uri_too_long");
    }

    @Test
    void aRequestHeadUpToTheLimitIsServed() {
        RawHttpConnection.Response response = exchange(headOfLength(MAX_HEAD_BYTES));

        assertThat(response.status()).as(response.head()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {MAX_HEAD_BYTES + 1, 3 * MAX_HEAD_BYTES})
    void aLargerRequestHeadIs431(int length) {
        RawHttpConnection.Response response = exchange(headOfLength(length));

        assertProtocolProblem(response, 431, "Request Header Fields Too Large", "headers_too_large");
    }

    @Test
    void manySmallHeaderFieldsCountTogether() {
        StringBuilder head = new StringBuilder("GET /health HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; head.length() <= MAX_HEAD_BYTES; i++) {
            head.append("X-Field-").append(i).append(": ").append("v".repeat(40)).append("\r\n");
        }

        assertProtocolProblem(exchange(head.append("\r\n").toString()), 431, "Request Header Fields Too Large",
                "headers_too_large");
    }

    @Test
    void aNormalClientKeepsItsConnectionForTheNextRequest() {
        try (RawHttpConnection connection = RawHttpConnection.open(port())) {
            RawHttpConnection.Response first =
                    connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n").readResponse();
            sleep(Duration.ofSeconds(1));
            RawHttpConnection.Response second =
                    connection.send("GET /openapi.yaml HTTP/1.1\r\nHost: localhost\r\n\r\n").readResponse();

            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.body()).contains("openapi:");
            assertThat(first.header("Server")).as("the Server header").isEmpty();
            assertThat(first.head() + second.head()).doesNotContainIgnoringCase("jetty");
            assertThat(connection.isClosedByServer()).isFalse();
        }
    }

    /**
     * Every slow case runs at the same time, so that the whole test takes one head timeout, not one per case. Each
     * must end no sooner than the documented timeout (measured from before the connection opened) and well before
     * the 30 s that an idle timeout alone would take, closed without an answer as documented: there is no request to
     * answer yet. A request whose head arrived in time but whose answer takes longer than the head timeout is not cut.
     */
    @Test
    void aRequestHeadThatNeverCompletesIsCutOffWithinTheHeadTimeoutButASlowAnswerIsNot() throws Exception {
        useCaseTakes = HEAD_TIMEOUT.plusSeconds(1);
        ExecutorService clients = Executors.newCachedThreadPool();
        try {
            Map<String, CompletableFuture<SlowClientOutcome>> slowClients = Map.of(
                    "blank lines then silence", slowClient(clients, connection -> connection.send("\r\n\r\n\r\n")),
                    "half a head then silence", slowClient(clients,
                            connection -> connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\n")),
                    "a header field dripped a byte at a time", slowClient(clients, connection -> drip(clients,
                            connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Drip: "), "a")),
                    "blank lines dripped a line at a time", slowClient(clients, connection ->
                            drip(clients, connection, "\r\n")),
                    "an idle connection after a complete exchange", slowClient(clients, connection -> assertThat(
                            connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n").readResponse()
                                    .status()).isEqualTo(200)));
            CompletableFuture<RawHttpConnection.Response[]> slowAnswer = CompletableFuture.supplyAsync(() -> {
                try (RawHttpConnection connection = RawHttpConnection.open(port())) {
                    RawHttpConnection.Response answered = connection.send(webhookPost()).readResponse();
                    RawHttpConnection.Response next = connection.send(
                            "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n").readResponse();
                    return new RawHttpConnection.Response[] {answered, next};
                }
            }, clients);

            SoftAssertions softly = new SoftAssertions();
            for (var slowClient : slowClients.entrySet()) {
                SlowClientOutcome outcome = slowClient.getValue().get();
                softly.assertThat(outcome.ending().closed()).as(slowClient.getKey() + ": closed by the server")
                        .isTrue();
                softly.assertThat(outcome.elapsed()).as(slowClient.getKey() + ": cut off after")
                        .isGreaterThanOrEqualTo(HEAD_TIMEOUT).isLessThan(HEAD_TIMEOUT.plus(MARGIN));
                softly.assertThat(outcome.ending().sentBeforeClosing()).as(slowClient.getKey() + ": sent before closing")
                        .isEmpty();
            }
            RawHttpConnection.Response[] answers = slowAnswer.get();
            softly.assertThat(answers[0].status()).as("the slow answer").isEqualTo(200);
            softly.assertThat(answers[1].status()).as("the next request on the same connection").isEqualTo(200);
            softly.assertAll();
        } finally {
            clients.shutdownNow();
        }
    }

    private record SlowClientOutcome(Duration elapsed, RawHttpConnection.Ending ending) {
    }

    /** Opens a connection, lets {@code begin} start on it, and waits for the server to end it. */
    private CompletableFuture<SlowClientOutcome> slowClient(ExecutorService clients,
                                                            Consumer<RawHttpConnection> begin) {
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            try (RawHttpConnection connection = RawHttpConnection.open(port())) {
                begin.accept(connection);
                RawHttpConnection.Ending ending = connection.awaitEnd(HEAD_TIMEOUT.plus(MARGIN).multipliedBy(2));
                return new SlowClientOutcome(Duration.ofNanos(System.nanoTime() - start), ending);
            }
        }, clients);
    }

    /** Sends {@code text} every half second until the server hangs up, so that the connection is never idle. */
    private static void drip(ExecutorService clients, RawHttpConnection connection, String text) {
        clients.execute(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    connection.send(text);
                    Thread.sleep(500);
                }
            } catch (IllegalStateException | InterruptedException hungUp) {
                // the server closed the connection: the drip has done its job
            }
        });
    }

    private RawHttpConnection.Response exchange(String request) {
        try (RawHttpConnection connection = RawHttpConnection.open(port())) {
            return connection.send(request).readResponse();
        }
    }

    private static String webhookPost() {
        return "POST /webhooks/stackone HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\n\r\n{}";
    }

    /** A request target of exactly {@code length} bytes, path and query. */
    private static String uriOfLength(int length) {
        String start = "/health?pad=";
        return start + "a".repeat(length - start.length());
    }

    /** A whole request head of exactly {@code length} bytes: request line, header fields and the blank line. */
    private static String headOfLength(int length) {
        String start = "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Pad: ";
        String end = "\r\n\r\n";
        return start + "p".repeat(length - start.length() - end.length()) + end;
    }

    static void assertProtocolProblem(RawHttpConnection.Response response, int status, String title, String code) {
        assertThat(response.status()).as(response.head() + response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("Content-Type")
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.header("Server")).as("the Server header").isEmpty();
        assertThat(response.head() + response.body()).doesNotContainIgnoringCase("jetty")
                .doesNotContainIgnoringCase("<html").doesNotContain("Exception").doesNotContain("\tat ");
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isEqualTo(title);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("type").asText()).isEqualTo("about:blank");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
