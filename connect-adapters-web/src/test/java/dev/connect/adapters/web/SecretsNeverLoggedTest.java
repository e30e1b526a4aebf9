package dev.connect.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.adapters.web.http.HttpServerHandle;
import org.junit.jupiter.api.Test;

/** Whatever the web adapter and its server log, at any level, carries no bearer token and no JWT secret. */
class SecretsNeverLoggedTest {

    @Test
    void bearerTokensAndTheSecretNeverReachTheLog() {
        String token = Tokens.alice();
        String everything = CapturedLogs.during(() -> {
            try (HttpServerHandle server = TestServer.with()
                    .createConnectSession(command -> {
                        throw new IllegalStateException("boom while serving " + command.request().endUser().owner().id());
                    })
                    .receiveAccountEvent(command -> {
                        throw new IllegalStateException("boom");
                    }).start()) {
                WebClient client = new WebClient(server.port());
                assertThat(client.postJson("/v1/connect-sessions", token, "{}").statusCode()).isEqualTo(500);
                assertThat(client.postJson("/v1/connect-sessions", token + "x", "{}").statusCode()).isEqualTo(401);
                assertThat(client.postJson("/webhooks/stackone", token, "{}").statusCode()).isEqualTo(500);
            }
        });

        assertThat(everything).as("the unexpected failure is logged").contains("boom while serving tenant-1");
        assertThat(everything).doesNotContain(token).doesNotContain(Tokens.SECRET)
                .doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }
}
