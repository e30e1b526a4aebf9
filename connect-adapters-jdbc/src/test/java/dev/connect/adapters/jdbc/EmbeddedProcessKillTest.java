package dev.connect.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.model.account.AccountId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The embedded databases (SQLite, the default, and H2, that of earlier versions) killed with {@code kill -9} under
 * concurrent deliveries: every acknowledged event is there after the restart, and no event is half-written (its inbox
 * row and its account exist together or not at all). Unlike a {@code SHUTDOWN IMMEDIATELY}, nothing in the process
 * gets to run: only what reached the file counts.
 */
class EmbeddedProcessKillTest {

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of(Named.of("SQLite", "sqlite"), SqliteFiles.newPath(),
                        (Function<Path, JdbcSettings>) SqliteFiles::settings),
                Arguments.of(Named.of("H2", "h2"), H2Files.newPath(), (Function<Path, JdbcSettings>) H2Files::settings));
    }

    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 400;

    @ParameterizedTest
    @MethodSource("databases")
    void everyAcknowledgedEventSurvivesKillNineAndNothingIsHalfWritten(String database, Path path,
                                                                       Function<Path, JdbcSettings> settings)
            throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IntakeChild.class.getName(), database, path.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Set<String> tried = new LinkedHashSet<>();
        Set<String> acknowledged = new LinkedHashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                (line.startsWith("ack ") ? acknowledged : tried).add(line.substring(4));
                if (acknowledged.size() == ACKNOWLEDGED_BEFORE_THE_KILL && child.isAlive()) {
                    // SIGKILL: no shutdown hook, no close, no last write; through the handle, which (unlike
                    // Process.destroyForcibly) leaves the pipe open for the lines already written
                    child.toHandle().destroyForcibly();
                }
            }
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_THE_KILL);

        try (JdbcDatabase reopened = JdbcDatabase.open(settings.apply(path))) {
            for (String account : tried) {
                boolean recorded = reopened.webhookInbox().isRecorded(
                        TestEvents.created().account(account).build().deduplicationKey());
                boolean registered = reopened.linkedAccounts().findById(new AccountId(account)).isPresent();
                assertThat(recorded).as("inbox row and account of %s go together", account).isEqualTo(registered);
                if (acknowledged.contains(account)) {
                    assertThat(recorded).as("acknowledged %s survives kill -9", account).isTrue();
                }
            }
            System.out.println(database + " kill -9: " + acknowledged.size() + " acknowledged of " + tried.size()
                    + " tried");
        }
    }
}
