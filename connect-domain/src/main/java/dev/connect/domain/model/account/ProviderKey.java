package dev.connect.domain.model.account;

import dev.connect.domain.model.error.InvalidRequestException;
import java.util.regex.Pattern;

/** A StackOne provider key such as {@code bamboohr} or {@code greenhouse}. */
public record ProviderKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public ProviderKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidRequestException("provider",
                    "provider must be 1 to 64 characters of a-z, 0-9, '_' or '-', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
