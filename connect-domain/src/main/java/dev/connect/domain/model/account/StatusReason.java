package dev.connect.domain.model.account;

import dev.connect.domain.model.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a linked account has its status, as the provider explains it: a machine-readable code, a description for
 * people and when it was given. Each part is optional, because providers leave parts out. A description longer than
 * {@link #MAX_DESCRIPTION_LENGTH} is cut there rather than refused: it is the provider's prose, kept for reading.
 */
public record StatusReason(Optional<String> code, Optional<String> description, Optional<Instant> timestamp) {

    public static final int MAX_CODE_LENGTH = 255;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    public StatusReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(timestamp, "timestamp");
        code = code.filter(text -> !text.isBlank()).map(text -> Checks.boundedText("code", text, MAX_CODE_LENGTH));
        description = description.filter(text -> !text.isBlank())
                .map(text -> text.length() > MAX_DESCRIPTION_LENGTH ? text.substring(0, MAX_DESCRIPTION_LENGTH) : text);
        timestamp = timestamp.map(Checks::microseconds);
    }

    /** A reason that says nothing at all. */
    public boolean isEmpty() {
        return code.isEmpty() && description.isEmpty() && timestamp.isEmpty();
    }
}
