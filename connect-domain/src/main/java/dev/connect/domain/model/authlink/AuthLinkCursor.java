package dev.connect.domain.model.authlink;

import dev.connect.domain.model.Checks;
import dev.connect.domain.model.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Where the next page of the newest-first list of links starts: after the link with this creation time and id, in the
 * same opaque style as the accounts' cursor.
 */
public record AuthLinkCursor(Instant createdAt, AuthLinkId after) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX_TOKEN_LENGTH = 200;

    public AuthLinkCursor {
        createdAt = Checks.microseconds(Objects.requireNonNull(createdAt, "createdAt"));
        Objects.requireNonNull(after, "after");
    }

    public static AuthLinkCursor after(AuthLink last) {
        return new AuthLinkCursor(last.createdAt(), last.id());
    }

    /** The opaque token: base64url of {@code <epoch microseconds>:<link id>}. */
    public String token() {
        long micros = Math.addExact(Math.multiplyExact(createdAt.getEpochSecond(), 1_000_000L),
                createdAt.getNano() / 1_000);
        return ENCODER.encodeToString((micros + ":" + after.value()).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidRequestException naming {@code cursor} when the token is not one this API handed out */
    public static AuthLinkCursor parse(String token) {
        try {
            if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
                throw new IllegalArgumentException("length");
            }
            String text = new String(DECODER.decode(token), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            long micros = Long.parseLong(text.substring(0, colon));
            AuthLinkCursor cursor = new AuthLinkCursor(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L), new AuthLinkId(text.substring(colon + 1)));
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
