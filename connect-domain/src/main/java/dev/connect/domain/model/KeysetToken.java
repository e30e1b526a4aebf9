package dev.connect.domain.model;

import dev.connect.domain.model.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Function;

/**
 * The opaque token of a keyset cursor shared by connect's newest-first listings: base64url of
 * {@code <epoch microseconds>:<id>}. Each listing's cursor builds its own id type; {@link #parseCursor} does the rest.
 *
 * @param createdAt where the previous page ended, at microsecond precision
 * @param id        the id of its last item, as text
 */
public record KeysetToken(Instant createdAt, String id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public KeysetToken {
        createdAt = Checks.microseconds(Objects.requireNonNull(createdAt, "createdAt"));
        Objects.requireNonNull(id, "id");
    }

    public String encode() {
        long micros = Math.addExact(Math.multiplyExact(createdAt.getEpochSecond(), 1_000_000L),
                createdAt.getNano() / 1_000);
        return ENCODER.encodeToString((micros + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws RuntimeException of some kind when {@code token} is no token of this shape at all */
    public static KeysetToken decode(String token, int maxLength) {
        if (token == null || token.isEmpty() || token.length() > maxLength) {
            throw new IllegalArgumentException("length");
        }
        String text = new String(DECODER.decode(token), StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        long micros = Long.parseLong(text.substring(0, colon));
        return new KeysetToken(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1_000L), text.substring(colon + 1));
    }

    /**
     * A listing's cursor from its token: decoded, built by {@code cursor}, and accepted only when it encodes back to
     * the very same token (so one position has one token).
     *
     * @throws InvalidRequestException naming {@code cursor} when the token is not one this API handed out
     */
    public static <C> C parseCursor(String token, int maxLength, Function<KeysetToken, C> cursor,
                                    Function<C, String> tokenOf) {
        try {
            C parsed = cursor.apply(decode(token, maxLength));
            if (!tokenOf.apply(parsed).equals(token)) {
                throw new IllegalArgumentException("not canonical");
            }
            return parsed;
        } catch (RuntimeException notOurs) {
            throw new InvalidRequestException("cursor", "cursor is not a cursor this API handed out; "
                    + "use the nextCursor of the previous page");
        }
    }
}
