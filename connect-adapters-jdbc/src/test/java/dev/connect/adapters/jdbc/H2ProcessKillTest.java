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
import org.junit.jupiter.api.Test;

/**
 * The embedded default killed with {@code kill -9} under concurrent deliveries: every acknowledged event is there
 * after the restart, and no event is half-written (its inbox row and its account exist together or not at all).
 * Unlike a {@code SHUTDOWN IMMEDIATELY}, nothing in the process gets to run: only what reached the file counts.
 */
class H2ProcessKillTest {

    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 400;

    @Test
    void everyAcknowledgedEventSurvivesKillNineAndNothingIsHalfWritten() throws Exception {
        Path path = H2Files.newPath();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IntakeChild.class.getName(), path.toString())
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

        try (JdbcDatabase reopened = JdbcDatabase.open(H2Files.settings(path))) {
            for (String account : tried) {
                boolean recorded = reopened.webhookInbox().isRecorded(
                        TestEvents.created().account(account).build().deduplicationKey());
                boolean registered = reopened.linkedAccounts().findById(new AccountId(account)).isPresent();
                assertThat(recorded).as("inbox row and account of %s go together", account).isEqualTo(registered);
                if (acknowledged.contains(account)) {
                    assertThat(recorded).as("acknowledged %s survives kill -9", account).isTrue();
                }
            }
            System.out.println("H2 kill -9: " + acknowledged.size() + " acknowledged of " + tried.size() + " tried");
        }
    }
}
