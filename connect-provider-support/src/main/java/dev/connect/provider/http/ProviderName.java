package dev.connect.provider.http;

import java.util.Locale;
import java.util.Objects;

/**
 * How the failures of one provider's calls name it and its credential, e.g. {@code StackOne}, {@code API key},
 * {@code CONNECT_STACKONE_API_KEY}: the operator learns which setting to check, never its value.
 */
public record ProviderName(String name, String credential, String credentialSetting) {

    public ProviderName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(credentialSetting, "credentialSetting");
    }

    /** The name in lower case, as metrics tag it and the readiness probe names it: {@code stackone}, {@code nango}. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return name;
    }
}
