package dev.connect.adapters.web.jetty;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Gives each connection a bounded time to deliver a complete request head, counted from when it opens or its previous
 * answer has been sent, however the bytes trickle in. Jetty 12 has no such timeout: its idle timeout starts again with
 * every byte, so a client sending a blank line every few seconds would hold a connection for hours.
 *
 * <p>A connection without a complete head when the time is up is closed without an answer: until the head is complete
 * Jetty has no request to answer, and writing a 408 by hand would race Jetty's own writes on the same socket. Because
 * the clock also runs between two requests, a kept-alive connection left idle is closed after the same time.
 *
 * <p>It watches connections as a {@link Connection.Listener} and learns that a head is complete as the first
 * {@link HttpConfiguration.Customizer}, which Jetty calls as soon as it has parsed one.
 */
final class RequestHeadDeadline implements Connection.Listener, HttpConfiguration.Customizer {

    private final Scheduler scheduler;
    private final Duration timeout;
    private final Map<Connection, Watch> watches = new ConcurrentHashMap<>();

    RequestHeadDeadline(Scheduler scheduler, Duration timeout) {
        this.scheduler = scheduler;
        this.timeout = timeout;
    }

    @Override
    public void onOpened(Connection connection) {
        Watch watch = new Watch(connection);
        watches.put(connection, watch);
        watch.startClock();
    }

    @Override
    public void onClosed(Connection connection) {
        Watch watch = watches.remove(connection);
        if (watch != null) {
            watch.stop();
        }
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        Watch watch = watches.get(request.getConnectionMetaData().getConnection());
        if (watch != null) {
            watch.headReceived();
            // Jetty runs completion listeners before it reads the next request on the connection
            Request.addCompletionListener(request, failure -> watch.answerSent());
        }
        return request;
    }

    /** One connection's clock: running while no request is in progress, stopped while one is. */
    private final class Watch {

        private final Connection connection;
        private int inProgress;
        private long round;
        private Scheduler.Task deadline;
        private boolean stopped;

        Watch(Connection connection) {
            this.connection = connection;
        }

        synchronized void headReceived() {
            inProgress++;
            cancel();
        }

        synchronized void answerSent() {
            inProgress--;
            startClock();
        }

        /** Gives the next head the whole timeout, unless a request is still in progress. */
        synchronized void startClock() {
            if (inProgress == 0 && !stopped) {
                cancel();
                long thisRound = ++round;
                deadline = scheduler.schedule(() -> expire(thisRound), timeout);
            }
        }

        synchronized void stop() {
            stopped = true;
            cancel();
        }

        private void expire(long expiringRound) {
            synchronized (this) {
                // a head that arrived just as the deadline fired wins: cancel() cannot stop a task already running
                if (stopped || inProgress > 0 || expiringRound != round) {
                    return;
                }
            }
            connection.getEndPoint().close(
                    new TimeoutException("no complete request head within " + timeout.toMillis() + " ms"));
        }

        private void cancel() {
            if (deadline != null) {
                deadline.cancel();
                deadline = null;
            }
        }
    }
}
