package dev.connect.domain.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * The opaque token of a keyset cursor shared by connect's newest-first listings: base64url of
 * {@code <epoch microseconds>:<id>}. Each listing's cursor parses the id itself and checks the token is canonical.
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
}
