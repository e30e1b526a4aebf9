package dev.connect.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where settings come from: environment variables ({@code CONNECT_…}), over an optional properties file named by
 * {@code CONNECT_CONFIG_FILE} that uses the same names.
 */
final class SettingsSource {

    static final String CONFIG_FILE = "CONNECT_CONFIG_FILE";

    private final Map<String, String> values;

    SettingsSource(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The environment over the optional file. A file that cannot be read is a start-up error, not a silent default. */
    static SettingsSource fromEnvironment(Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>();
        String file = environment.get(CONFIG_FILE);
        if (file != null && !file.isBlank()) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | RuntimeException unreadable) {
                throw new InvalidSettingsException(java.util.List.of(CONFIG_FILE + ": cannot read " + file));
            }
            properties.stringPropertyNames().forEach(name -> merged.put(name, properties.getProperty(name)));
        }
        environment.forEach((name, value) -> {
            if (name.startsWith("CONNECT_")) {
                merged.put(name, value);
            }
        });
        return new SettingsSource(merged);
    }

    Optional<String> get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
