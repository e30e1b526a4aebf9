package dev.connect.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.adapters.web.auth.OperatorApiKey;
import dev.connect.adapters.web.auth.OperatorAuthenticator;
import dev.connect.adapters.web.problem.WebRequestException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The operator credential itself: long enough, never shown, and an API without one says it is not configured. */
class OperatorApiKeyTest {

    private static final String KEY = "op-key-0123456789-abcdefghijklmnopqrstuvwxyz";

    @Test
    void theKeyMustBeLongEnoughAndIsNeverShown() {
        assertThat(new OperatorApiKey(KEY).toString()).doesNotContain(KEY);
        assertThatThrownBy(() -> new OperatorApiKey("too-short")).hasMessageNotContaining("too-short");
        assertThatThrownBy(() -> new OperatorApiKey("x".repeat(31))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAConfiguredKeyTheOperatorApiSaysItIsNotConfigured() {
        assertThatThrownBy(() -> OperatorAuthenticator.of(Optional.empty()).authenticate(Optional.of("Bearer " + KEY)))
                .isInstanceOfSatisfying(WebRequestException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(401);
                    assertThat(refused.getMessage()).contains("not configured").contains("CONNECT_OPERATOR_API_KEY");
                });
    }
}
