package dev.connect.app.logscan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * After every other test class of this module (see {@code junit-platform.properties}: classes run in {@link Order}),
 * nothing the tests logged, at any level, holds a secret they configured, generated or received.
 */
@Order(Integer.MAX_VALUE)
class LogsCarryNoSecretsTest {

    @Test
    void noSecretOfTheEndToEndTestsWasLogged() {
        String everything = LogCapture.text();
        assertThat(everything).as("the end-to-end tests ran and their logs were captured")
                .contains("dev.connect.access").contains("POST /v1/connect-sessions 201");
        assertThat(KnownSecrets.all()).as("the end-to-end tests registered their secrets").hasSizeGreaterThan(10);

        assertThat(KnownSecrets.findIn(everything, KnownSecrets.all())).isEmpty();
    }
}
