package dev.connect.adapters.web;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.connect.adapters.web.http.ProtocolLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProtocolLimitsTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void theUriMustFitInTheHead() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProtocolLimits(0, 100, SECOND, SECOND));
        assertThatIllegalArgumentException().isThrownBy(() -> new ProtocolLimits(100, 100, SECOND, SECOND));
    }

    @Test
    void timeoutsArePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProtocolLimits(10, 100, Duration.ZERO, SECOND));
        assertThatIllegalArgumentException().isThrownBy(() -> new ProtocolLimits(10, 100, SECOND, SECOND.negated()));
    }
}
