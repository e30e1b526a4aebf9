package dev.connect.domain.port.out.event;

import dev.connect.domain.model.error.ErrorCode;
import java.time.Instant;

/**
 * Counts deliveries refused without being stored (unsigned, forged, stale), by reason. Best effort: the intake
 * ignores a failure to count, and the rejection stands.
 */
public interface WebhookRejectionCounterPort {

    void countRejection(ErrorCode reason, Instant at);

    /** How many deliveries were refused for this reason so far. */
    long rejections(ErrorCode reason);
}
