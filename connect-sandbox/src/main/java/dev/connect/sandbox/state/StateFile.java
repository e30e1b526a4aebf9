package dev.connect.sandbox.state;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * A JSON file holding sessions and accounts. Written whole after each change through a temporary file and an
 * atomic move, so a crash leaves either the old or the new state, never half of one.
 */
public final class StateFile {

    /** What the file holds. */
    public record Snapshot(long lastSessionId, List<ConnectSession> sessions, List<Account> accounts) {
        public Snapshot {
            sessions = sessions == null ? List.of() : List.copyOf(sessions);
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
        }
    }

    private final Path path;
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public StateFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    public Path path() {
        return path;
    }

    public Optional<Snapshot> load() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(path.toFile(), Snapshot.class));
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox state file " + path + " cannot be read as JSON; "
                    + "fix or delete it: " + e.getMessage(), e);
        }
    }

    public synchronized void save(Snapshot snapshot) {
        try {
            Path parent = path.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path temp = path.resolveSibling(path.getFileName() + ".tmp");
            mapper.writeValue(temp.toFile(), snapshot);
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sandbox state file " + path, e);
        }
    }
}
