package dev.connect.sandbox.catalogue;

import java.util.List;

/**
 * One field of a connector's credentials form, in the shape the Hub renders ({@code configFields} items).
 * {@code pattern} is an anchored regular expression valid in both JavaScript and Java: the Hub checks it in the
 * browser, the sandbox checks it again on the server. Non-secret fields end up in the account's
 * {@code setup_information}; secret ones are credentials.
 */
public record ConnectorField(
        String key,
        String type,
        String label,
        boolean required,
        boolean secret,
        String placeholder,
        String description,
        String pattern,
        String patternError,
        List<Option> options) {

    /** A choice of a {@code select} field. */
    public record Option(String label, String value) {
    }

    public ConnectorField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    static ConnectorField text(String key, String label, String placeholder, String description, String pattern,
            String patternError) {
        return new ConnectorField(key, "text", label, true, false, placeholder, description, pattern, patternError,
                List.of());
    }

    static ConnectorField secret(String key, String label, String placeholder, String description, String pattern,
            String patternError) {
        return new ConnectorField(key, "password", label, true, true, placeholder, description, pattern, patternError,
                List.of());
    }

    static ConnectorField select(String key, String label, List<Option> options) {
        return new ConnectorField(key, "select", label, true, false, null, null, null, null, options);
    }
}
