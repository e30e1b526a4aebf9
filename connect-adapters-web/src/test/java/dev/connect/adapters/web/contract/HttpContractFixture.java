package dev.connect.adapters.web.contract;

/** What each part of the {@link HttpContract} reaches: a client of the API under test and the use cases behind it. */
public interface HttpContractFixture {

    WebClient client();

    FakeUseCases useCases();

    /** Where the API under test records its metrics. */
    io.micrometer.core.instrument.MeterRegistry meters();
}
