package dev.connect.adapters.stackone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.error.UpstreamException;
import dev.connect.provider.http.ProviderMetrics;
import dev.connect.sandbox.faults.HttpFault;
import dev.connect.sandbox.SandboxSettings;
import dev.connect.sandbox.StackOneSandbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter's measurements and its readiness check, against the sandbox over real HTTP. */
class StackOneMetricsAndReachabilityTest {

    private static final String KEY = "v1.test.metrics-key";

    private StackOneSandbox sandbox;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private StackOneAdapters adapters;

    @BeforeEach
    void start() {
        sandbox = StackOneSandbox.start(SandboxSettings.builder().port(0).apiKey(KEY).build());
        adapters = StackOneAdapters.create(StackOneSettings.defaults(new StackOneApiKey(KEY))
                .withBaseUrl(sandbox.baseUrl())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)), Clock.systemUTC(),
                meters);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void everyAttemptIsTimedByOperationAndStatusAndRetriesAreCounted() {
        sandbox.injectFault(HttpFault.status("GET", "/accounts/*", 503, 1));

        assertThat(adapters.accountDirectory().find(new AccountId("acc-none"))).isEmpty();

        assertThat(timer("getAccount", "503").count()).isEqualTo(1);
        assertThat(timer("getAccount", "404").count()).isEqualTo(1);
        Counter retries = meters.find(ProviderMetrics.RETRIES).tag("provider", "stackone").tag("operation", "getAccount")
                .counter();
        assertThat(retries).isNotNull();
        assertThat(retries.count()).isEqualTo(1);
    }

    @Test
    void reachableWhileStackOneAnswersEvenWhenBusy() {
        assertThat(adapters.isReachable()).isTrue();
        sandbox.injectFault(HttpFault.tooManyRequests("GET", "/accounts*", 60, 1));
        assertThat(adapters.isReachable()).as("rate limited, but there").isTrue();
        assertThat(meters.find(ProviderMetrics.REQUESTS).tag("client", "probe").tag("status", "429").timer())
                .isNotNull();
    }

    @Test
    void unreachableWhenStackOneFailsOrRefusesTheKeyWithoutRetrying() {
        sandbox.injectFault(HttpFault.status("GET", "/accounts*", 503, 1));
        assertThat(adapters.isReachable()).isFalse();
        assertThat(meters.find(ProviderMetrics.RETRIES).counters()).as("the probe never retries").isEmpty();

        StackOneAdapters wrongKey = StackOneAdapters.create(StackOneSettings.defaults(new StackOneApiKey("v1.test.wrong"))
                .withBaseUrl(sandbox.baseUrl()), Clock.systemUTC(), meters);
        assertThat(wrongKey.isReachable()).isFalse();

        sandbox.close();
        assertThat(adapters.isReachable()).isFalse();
        assertThat(timer("listAccounts", "io_error")).isNotNull();
    }

    @Test
    void aFailureStillFailsAsBefore() {
        sandbox.injectFault(HttpFault.status("GET", "/accounts/*", 502, 10));

        assertThatThrownBy(() -> adapters.accountDirectory().find(new AccountId("acc-x")))
                .isInstanceOf(UpstreamException.class);
    }

    private Timer timer(String operation, String status) {
        return meters.find(ProviderMetrics.REQUESTS).tag("provider", "stackone").tag("operation", operation)
                .tag("status", status)
                .tag("client", operation.equals("listAccounts") ? "probe" : "interactive").timer();
    }
}
