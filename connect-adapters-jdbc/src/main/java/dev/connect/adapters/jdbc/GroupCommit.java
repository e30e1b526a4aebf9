package dev.connect.adapters.jdbc;

import dev.connect.domain.model.error.StorageUnavailableException;
import dev.connect.domain.model.authlink.AuthLinkTransition;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.RegistryTransition;
import dev.connect.domain.port.out.event.WebhookInboxPort.Recording;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for the inbox: concurrent recordings share one transaction and one commit. Each caller queues its
 * event and waits; a writer thread takes whatever is queued (up to {@link #MAX_BATCH}) and records it as one
 * {@link InboxBatch}. Nothing waits to fill a batch: a lone event commits at once, and under load the events that
 * arrive while a commit is under way form the next batch, so the commits per second stay what the database manages
 * while the events per commit grow.
 *
 * <p>On PostgreSQL two writers take turns ({@link JdbcSettings#commitWriters()}), so that one batch's round trips and
 * commit overlap the next one's: a single writer leaves the database idle while it waits on its own round trips, which
 * on a busy machine (where every wake-up of a database backend waits for a core) costs more than the smaller batches
 * of two. Two batches of one account are serialised by the row lock; the registry's rules give the same entry in every
 * order.
 *
 * <p>A caller returns only after the commit that holds its event. If the database refuses a batch's rows for a
 * reason that is not the connection's, each of its events is tried alone, so one bad event fails alone. If the
 * database cannot be reached, the batch and everything queued behind it fail at once ("storage unavailable", the
 * sender's retry is safe) rather than each waiting its turn to fail. The queue is bounded: a caller that cannot be
 * admitted within the connection timeout is refused the same way.
 */
final class GroupCommit implements AutoCloseable {

    static final int MAX_BATCH = 64;
    static final int CAPACITY = 16 * MAX_BATCH;
    private static final String OPERATION = "record an account event";
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    /** Transactions committed and the events they held, since the start. */
    record Stats(long transactions, long events) {
    }

    private final Sql sql;
    private final Duration admission;
    private final BlockingQueue<PendingRecording> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final List<Thread> writers = new ArrayList<>();
    private final LongAdder transactions = new LongAdder();
    private final LongAdder events = new LongAdder();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean closed;

    /** @param writers how many transactions may be under way at once, each with its own batch */
    GroupCommit(Sql sql, Duration admission, int writers) {
        this.sql = sql;
        this.admission = admission;
        for (int i = 1; i <= writers; i++) {
            Thread writer = new Thread(this::writeUntilClosed, "connect-inbox-writer-" + i);
            writer.setDaemon(true);
            this.writers.add(writer);
        }
        this.writers.forEach(Thread::start);
    }

    /** Records the event in the next shared transaction and returns once that committed. */
    Recording record(AccountEvent event, Instant receivedAt, RegistryTransition transition, AuthLinkTransition links) {
        PendingRecording pending = new PendingRecording(event, receivedAt, transition, links);
        if (closed) {
            throw closedFailure();
        }
        try {
            if (!queue.offer(pending, admission.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StorageUnavailableException("the database could not keep up with the deliveries within "
                        + admission.toMillis() + " ms; nothing was written, a retry is safe", null);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailableException("interrupted before the event was recorded; a retry is safe", null);
        }
        if (closed && queue.remove(pending)) {
            throw closedFailure(); // queued after the writer's last look: nobody else will take it
        }
        return pending.await();
    }

    Stats stats() {
        return new Stats(transactions.sum(), events.sum());
    }

    /** How many recordings are waiting for a transaction. */
    int queued() {
        return queue.size();
    }

    /** How many recordings the transactions under way hold. */
    int inFlight() {
        return inFlight.get();
    }

    /** Records what is queued, then stops the writer. */
    @Override
    public void close() {
        closed = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (Thread writer : writers) {
            try {
                writer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        failQueued(closedFailure());
        Stats stats = stats();
        LOG.info("the webhook inbox recorded {} events in {} transactions", stats.events(), stats.transactions());
    }

    private void writeUntilClosed() {
        List<PendingRecording> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            PendingRecording first;
            try {
                first = queue.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (first == null) {
                if (closed) {
                    return;
                }
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            inFlight.addAndGet(batch.size());
            try {
                commit(batch);
            } catch (RuntimeException unexpected) {
                batch.forEach(pending -> pending.fail(unexpected)); // a fault of ours: each caller reports it
            } catch (Error fatal) {
                // the writer must outlive what one batch throws: every later caller depends on it
                IllegalStateException failure = new IllegalStateException("recording failed", fatal);
                batch.forEach(pending -> pending.fail(failure));
            }
            inFlight.addAndGet(-batch.size());
            batch.clear();
        }
    }

    private void commit(List<PendingRecording> batch) {
        List<InboxBatch.Decision> decisions;
        try {
            decisions = sql.inTransaction(OPERATION, connection -> InboxBatch.write(sql.dialect(), connection, batch));
        } catch (StorageUnavailableException failure) {
            if (!refusedRows(failure)) {
                // unreachable: what is queued would only wait to fail the same way; failed before this batch's
                // callers wake up, so that nothing they send next is failed untried
                failQueued(failure);
                batch.forEach(pending -> pending.fail(failure));
            } else if (batch.size() > 1) {
                for (PendingRecording pending : batch) {
                    commit(List.of(pending)); // find the one the database refuses; the others commit
                }
            } else {
                batch.get(0).fail(failure);
            }
            return;
        }
        transactions.increment();
        events.add(batch.size());
        for (InboxBatch.Decision decision : decisions) {
            if (decision.failure() != null) {
                decision.pending().fail(decision.failure());
            } else {
                decision.pending().complete(decision.recording());
            }
        }
    }

    /** The database refused a statement's rows, not the connection: another event's rows may well be fine. */
    private static boolean refusedRows(StorageUnavailableException failure) {
        return failure.getCause() instanceof SQLException cause
                && !Sql.isConnectionLoss(cause) && !Sql.isPoolTimeout(cause);
    }

    /** Fails whatever is queued now. */
    private void failQueued(RuntimeException failure) {
        List<PendingRecording> waiting = new ArrayList<>();
        queue.drainTo(waiting);
        waiting.forEach(pending -> pending.fail(failure));
    }

    private static StorageUnavailableException closedFailure() {
        return new StorageUnavailableException("the database is closed; nothing was written, a retry is safe", null);
    }
}
