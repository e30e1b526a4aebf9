package dev.connect.adapters.jdbc;

import dev.connect.domain.fakes.TestEvents;
import dev.connect.domain.port.in.event.ReceiveAccountEventUseCase.Result;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A process that takes deliveries into a SQLite or H2 file (arguments: {@code sqlite|h2 <path>}) until it is killed,
 * for {@link EmbeddedProcessKillTest}: eight threads
 * deliver distinct {@code account.created} events, printing {@code try <account>} before each and
 * {@code ack <account>} once it was acknowledged, as the web adapter would answer 200 then.
 */
public final class IntakeChild {

    private IntakeChild() {
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[1]);
        JdbcDatabase database = JdbcDatabase.open(args[0].equals("sqlite") ? JdbcSettings.sqliteFile(path)
                : JdbcSettings.h2File(path.toString()));
        Deliveries deliveries = new Deliveries(database);
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < 8; t++) {
            Thread sender = new Thread(() -> {
                while (true) {
                    String account = "acc-kill-" + next.getAndIncrement();
                    say("try " + account);
                    if (deliveries.deliver(TestEvents.created().account(account).build()) instanceof Result.Applied) {
                        say("ack " + account);
                    }
                }
            });
            sender.start();
        }
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
