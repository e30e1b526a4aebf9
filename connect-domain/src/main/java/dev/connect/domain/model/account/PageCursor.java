package dev.connect.domain.model.account;

import dev.connect.domain.model.Checks;
import dev.connect.domain.model.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Where the next page of a newest-first listing starts: after the account with this creation time and id. A listing
 * ordered by (createdAt, id) and continued after a key, not at an offset, neither repeats nor skips an account when
 * others are added meanwhile. Callers see it only as an opaque token ({@link #token()}); connect's API owns the
 * format, so it lives here and not in an adapter.
 */
public record PageCursor(Instant createdAt, AccountId after) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX_TOKEN_LENGTH = 400;

    public PageCursor {
        createdAt = Checks.microseconds(Objects.requireNonNull(createdAt, "createdAt"));
        Objects.requireNonNull(after, "after");
    }

    public static PageCursor after(LinkedAccount last) {
        return new PageCursor(last.createdAt(), last.id());
    }

    /** The opaque token: base64url of {@code <epoch microseconds>:<account id>}. */
    public String token() {
        long micros = Math.addExact(Math.multiplyExact(createdAt.getEpochSecond(), 1_000_000L), createdAt.getNano() / 1_000);
        return ENCODER.encodeToString((micros + ":" + after.value()).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidRequestException naming {@code cursor} when the token is not one this API handed out */
    public static PageCursor parse(String token) {
        try {
            if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
                throw new IllegalArgumentException("length");
            }
            String text = new String(DECODER.decode(token), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            long micros = Long.parseLong(text.substring(0, colon));
            Instant createdAt = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L);
            PageCursor cursor = new PageCursor(createdAt, new AccountId(text.substring(colon + 1)));
            if (!cursor.token().equals(token)) {
                throw new IllegalArgumentException("not canonical");
            }
            return cursor;
        } catch (RuntimeException notOurs) {
            throw new InvalidRequestException("cursor", "cursor is not a cursor this API handed out; "
                    + "use the nextCursor of the previous page");
        }
    }
}
