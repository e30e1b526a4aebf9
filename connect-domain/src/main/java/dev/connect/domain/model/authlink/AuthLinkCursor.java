package dev.connect.domain.model.authlink;

import dev.connect.domain.model.Checks;
import dev.connect.domain.model.KeysetToken;
import dev.connect.domain.model.error.InvalidRequestException;
import java.time.Instant;
import java.util.Objects;

/**
 * Where the next page of the newest-first list of links starts: after the link with this creation time and id, in the
 * same opaque style as the accounts' cursor ({@link KeysetToken}).
 */
public record AuthLinkCursor(Instant createdAt, AuthLinkId after) {

    private static final int MAX_TOKEN_LENGTH = 200;

    public AuthLinkCursor {
        createdAt = Checks.microseconds(Objects.requireNonNull(createdAt, "createdAt"));
        Objects.requireNonNull(after, "after");
    }

    public static AuthLinkCursor after(AuthLink last) {
        return new AuthLinkCursor(last.createdAt(), last.id());
    }

    public String token() {
        return new KeysetToken(createdAt, after.value()).encode();
    }

    /** @throws InvalidRequestException naming {@code cursor} when the token is not one this API handed out */
    public static AuthLinkCursor parse(String token) {
        return KeysetToken.parseCursor(token, MAX_TOKEN_LENGTH,
                decoded -> new AuthLinkCursor(decoded.createdAt(), new AuthLinkId(decoded.id())), AuthLinkCursor::token);
    }
}
