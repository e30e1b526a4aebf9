package dev.connect.domain.model.event;

import dev.connect.domain.model.Checks;
import dev.connect.domain.model.error.ErrorCode;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A delivery with a valid signature whose content could not be accepted (malformed JSON, a missing or invalid field),
 * kept in the inbox for inspection. {@code detail} is the rejection message (it names the field, never a secret).
 */
public record RejectedDelivery(Instant receivedAt, ErrorCode reason, String detail, byte[] body) {

    public static final int MAX_DETAIL_LENGTH = 1000;

    public RejectedDelivery {
        receivedAt = Checks.microseconds(Objects.requireNonNull(receivedAt, "receivedAt"));
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
        if (detail.length() > MAX_DETAIL_LENGTH) {
            detail = detail.substring(0, MAX_DETAIL_LENGTH);
        }
        body = Objects.requireNonNull(body, "body").clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RejectedDelivery that && receivedAt.equals(that.receivedAt) && reason == that.reason
                && detail.equals(that.detail) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(receivedAt, reason, detail, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "RejectedDelivery[receivedAt=" + receivedAt + ", reason=" + reason.code() + ", detail=" + detail
                + ", bytes=" + body.length + "]";
    }
}
