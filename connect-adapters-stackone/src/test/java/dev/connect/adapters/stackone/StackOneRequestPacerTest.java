package dev.connect.adapters.stackone;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.connect.adapters.stackone.StackOneAdapterHttpTest.API_KEY;
import static dev.connect.adapters.stackone.StackOneAdapterHttpTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.connect.domain.model.account.DirectoryQuery;
import feign.RequestTemplate;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pacer on a clock of its own: what it waits is computed, never slept, so nothing here depends on timing. */
class StackOneRequestPacerTest {

    /** Time moves only when the pacer waits; every wait is recorded. */
    private static final class FakeTime implements TimeMeter, BlockingStrategy {
        long nanos = 1_000_000_000L;
        final List<Duration> waits = new ArrayList<>();

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        @Override
        public void park(long nanosToPark) {
            waits.add(Duration.ofNanos(nanosToPark));
            nanos += nanosToPark;
        }
    }

    @Test
    void aShareOfTheRateLimitBecomesEvenlySpacedRequests() {
        assertThat(StackOneRateShare.DEFAULT.requestsPerMinute()).isEqualTo(200);
        assertThat(StackOneRateShare.DEFAULT.interval()).isEqualTo(Duration.ofMillis(300));
        assertThat(new StackOneRateShare(1).interval()).isEqualTo(Duration.ofMillis(60));
        assertThat(new StackOneRateShare(0.0001).requestsPerMinute()).isEqualTo(1);
        for (double invalid : new double[] {0, -0.1, 1.01, Double.NaN}) {
            assertThatThrownBy(() -> new StackOneRateShare(invalid)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theFirstRequestGoesAtOnceAndEachNextOneWaitsItsIntervalSoNoMinuteSeesMoreThanTheShare() {
        FakeTime time = new FakeTime();
        StackOneRequestPacer pacer = new StackOneRequestPacer(new StackOneRateShare(0.06), time, time); // 60 a minute

        long start = time.nanos;
        for (int i = 0; i < 61; i++) {
            pacer.apply(new RequestTemplate());
        }

        assertThat(time.waits).hasSize(60).allSatisfy(wait -> assertThat(wait).isEqualTo(Duration.ofSeconds(1)));
        assertThat(Duration.ofNanos(time.nanos - start)).as("61 requests span a full minute").isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aPausedJobDoesNotBurstWhenItResumes() {
        FakeTime time = new FakeTime();
        StackOneRequestPacer pacer = new StackOneRequestPacer(new StackOneRateShare(0.06), time, time);
        pacer.apply(new RequestTemplate());
        time.nanos += Duration.ofMinutes(10).toNanos();

        pacer.apply(new RequestTemplate());
        pacer.apply(new RequestTemplate());

        assertThat(time.waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void everyAttemptIsPacedRetriesIncludedAndUnpacedCallsAreNot() {
        WireMockServer stackOne = new WireMockServer(options().dynamicPort());
        stackOne.start();
        try {
            stackOne.stubFor(get(urlPathEqualTo("/accounts")).inScenario("rate").whenScenarioStateIs(STARTED)
                    .willReturn(json(429, "{\"statusCode\":429,\"message\":\"slow down\"}")).willSetStateTo("ok"));
            stackOne.stubFor(get(urlPathEqualTo("/accounts")).inScenario("rate").whenScenarioStateIs("ok")
                    .willReturn(json(200, "[]")));
            StackOneSettings settings = StackOneSettings.defaults(new StackOneApiKey(API_KEY))
                    .withBaseUrl(URI.create(stackOne.baseUrl()))
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
            FakeTime time = new FakeTime();
            List<String> permits = new ArrayList<>();
            StackOneRequestPacer pacer = new StackOneRequestPacer(new StackOneRateShare(0.5), time, time);
            var paced = new StackOneLinkedAccountDirectoryAdapter(StackOneClient.create(settings, Clock.systemUTC(),
                    Optional.of(template -> {
                        permits.add(template.method());
                        pacer.apply(template);
                    })));

            assertThat(paced.list(DirectoryQuery.all(1)).accounts()).isEmpty();
            StackOneAdapters.create(settings, Clock.systemUTC()).accountDirectory().list(DirectoryQuery.all(1));

            assertThat(permits).as("the 429 and its retry").containsExactly("GET", "GET");
            assertThat(time.waits).containsExactly(Duration.ofMillis(120));
            stackOne.verify(3, getRequestedFor(urlPathEqualTo("/accounts")));
        } finally {
            stackOne.stop();
        }
    }
}
