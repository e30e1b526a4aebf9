package dev.connect.domain.model.event;

import dev.connect.domain.model.Checks;
import dev.connect.domain.model.account.AccountId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of an account event, for recognising a repeated delivery: the lowercase hex SHA-256 of the event's
 * name (as its provider adapter canonicalised it), the account id and the {@code event_date} (ISO-8601 UTC,
 * microseconds), joined by newlines; or, for an event its provider identifies itself ({@link EventIdentity}: an event
 * id, or for a provider that dates nothing the fields that make the event), {@code id:} and that identity in place of
 * the date (an ISO date never starts so, so the two forms never meet). Deliberately not derived from {@code sent_at},
 * the arrival or the body bytes, which change when a provider re-sends the same event. The format is stored: changing
 * it would let a stored event be recorded again.
 */
public record DeduplicationKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{64}");

    public DeduplicationKey {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a de-duplication key is 64 lowercase hex digits");
        }
    }

    public static DeduplicationKey of(EventName name, AccountId accountId, Instant eventDate) {
        return digest(name.value() + "\n" + accountId.value() + "\n" + Checks.microseconds(eventDate));
    }

    public static DeduplicationKey of(EventName name, AccountId accountId, EventIdentity identity) {
        return digest(name.value() + "\n" + accountId.value() + "\nid:" + identity.value());
    }

    private static DeduplicationKey digest(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return new DeduplicationKey(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
