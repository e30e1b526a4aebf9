package dev.connect.domain.model.account;

import dev.connect.domain.model.Checks;
import dev.connect.domain.model.KeysetToken;
import dev.connect.domain.model.error.InvalidRequestException;
import java.time.Instant;
import java.util.Objects;

/**
 * Where the next page of a newest-first listing starts: after the account with this creation time and id. A listing
 * ordered by (createdAt, id) and continued after a key, not at an offset, neither repeats nor skips an account when
 * others are added meanwhile. Callers see it only as an opaque token ({@link #token()}); connect's API owns the
 * format, so it lives here and not in an adapter.
 */
public record PageCursor(Instant createdAt, AccountId after) {

    private static final int MAX_TOKEN_LENGTH = 400;

    public PageCursor {
        createdAt = Checks.microseconds(Objects.requireNonNull(createdAt, "createdAt"));
        Objects.requireNonNull(after, "after");
    }

    public static PageCursor after(LinkedAccount last) {
        return new PageCursor(last.createdAt(), last.id());
    }

    /** The opaque token: base64url of {@code <epoch microseconds>:<account id>} ({@link KeysetToken}). */
    public String token() {
        return new KeysetToken(createdAt, after.value()).encode();
    }

    /** @throws InvalidRequestException naming {@code cursor} when the token is not one this API handed out */
    public static PageCursor parse(String token) {
        return KeysetToken.parseCursor(token, MAX_TOKEN_LENGTH,
                decoded -> new PageCursor(decoded.createdAt(), new AccountId(decoded.id())), PageCursor::token);
    }
}
