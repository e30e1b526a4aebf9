package dev.connect.adapters.web.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whatever the web adapter and the HTTP server under it log, at any level, carries no bearer token and no JWT secret.
 * Needs Logback as the test's SLF4J binding.
 */
public interface SecretsNeverLoggedContract extends HttpContractFixture {

    @Test
    default void bearerTokensAndTheSecretNeverReachTheLog() {
        String token = Tokens.alice();
        useCases().createConnectSession(command -> {
            throw new IllegalStateException("boom while serving " + command.request().endUser().owner().id());
        });
        useCases().receiveAccountEvent(command -> {
            throw new IllegalStateException("boom");
        });
        String everything = CapturedLogs.during(() -> {
            assertThat(client().postJson("/v1/connect-sessions", token, "{}").statusCode()).isEqualTo(500);
            assertThat(client().postJson("/v1/connect-sessions", token + "x", "{}").statusCode()).isEqualTo(401);
            assertThat(client().postJson("/webhooks/stackone", token, "{}").statusCode()).isEqualTo(500);
        });

        assertThat(everything).as("the unexpected failure is logged").contains("boom while serving tenant-1");
        assertThat(everything).doesNotContain(token).doesNotContain(Tokens.SECRET)
                .doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }
}
