package dev.connect.sandbox.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.connect.sandbox.faults.WebhookFault;
import dev.connect.sandbox.core.AccountEventSink;
import dev.connect.sandbox.core.JsonValues;
import dev.connect.sandbox.faults.WebhookFaultRegistry;
import dev.connect.sandbox.state.Account;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends account events to every target, signed like StackOne, asynchronously (in order per target), retrying non-2xx answers and
 * connection failures with exponential backoff, and applying armed {@link WebhookFault}s. Every attempt is logged.
 * A delivery's body (and so its {@code sent_at}) is fixed when it is first sent: retries send the same bytes.
 */
public final class WebhookDispatcher implements AccountEventSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    /** One body to one target. */
    private record Delivery(long id, URI url, String event, String accountId, byte[] body, String signature,
            boolean corrupted, String note) {
    }

    /** An event waiting to be turned into deliveries. */
    private record Event(String name, Account account, Instant eventDate) {
    }

    private final List<URI> targets = new CopyOnWriteArrayList<>();
    private final String secret;
    private final String projectId;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final WebhookFaultRegistry faults;
    private final Clock clock;
    /** Built on the first delivery: a JDK HttpClient sets up TLS when it is built, a noticeable part of start-up. */
    private volatile HttpClient client;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "sandbox-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong deliveryIds = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<Long, Delivery> deliveries = new ConcurrentHashMap<>();
    private final List<WebhookDeliveryAttempt> log = new CopyOnWriteArrayList<>();
    private final List<Event> heldForReorder = new ArrayList<>();
    private final Map<URI, ExecutorService> lanes = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public WebhookDispatcher(List<URI> targets, String secret, String projectId, int maxAttempts,
            Duration initialBackoff, WebhookFaultRegistry faults, Clock clock) {
        this.targets.addAll(targets);
        this.secret = secret;
        this.projectId = projectId;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.faults = faults;
        this.clock = clock;
    }

    public void addTarget(URI target) {
        if (!targets.contains(target)) {
            targets.add(target);
        }
    }

    public List<URI> targets() {
        return List.copyOf(targets);
    }

    public List<WebhookDeliveryAttempt> log() {
        return List.copyOf(log);
    }

    public void clearLog() {
        log.clear();
    }

    @Override
    public void publish(String event, Account account, Instant eventDate) {
        Event pending = new Event(event, account, eventDate);
        Optional<WebhookFaultRegistry.Armed> armed = faults.take();
        if (armed.isEmpty()) {
            send(pending, Duration.ZERO, false, null, 1);
            return;
        }
        WebhookFault fault = armed.get().fault();
        switch (fault.kind()) {
            case DUPLICATE -> send(pending, Duration.ZERO, false, "duplicate", 2);
            case DELAY -> send(pending, fault.delay(), false, "delayed " + fault.delay().toMillis() + " ms", 1);
            case CORRUPT_SIGNATURE -> send(pending, Duration.ZERO, true, "signature corrupted", 1);
            case DROP -> logDropped(pending);
            case REORDER -> hold(pending, armed.get().remaining() <= 1);
            default -> throw new IllegalStateException("unknown fault " + fault.kind());
        }
    }

    private void hold(Event event, boolean lastOfBatch) {
        List<Event> release;
        synchronized (heldForReorder) {
            heldForReorder.add(event);
            if (!lastOfBatch) {
                return;
            }
            release = new ArrayList<>(heldForReorder);
            heldForReorder.clear();
        }
        Collections.reverse(release);
        for (Event held : release) {
            send(held, Duration.ZERO, false, "reordered", 1);
        }
    }

    private void logDropped(Event event) {
        for (URI url : targets) {
            log.add(new WebhookDeliveryAttempt(deliveryIds.incrementAndGet(), 0, url.toString(), event.name(),
                    event.account().id(), null, "dropped by a webhook fault", clock.instant(), false, "dropped",
                    null, null));
        }
    }

    /**
     * Sends {@code copies} identical deliveries of the event to every target, after {@code delay}. Each target has
     * one lane (a single thread) so that, without faults, first attempts arrive in the order events happened;
     * retries go back into the lane later, behind newer events, as with any real webhook sender.
     */
    private void send(Event event, Duration delay, boolean corrupt, String note, int copies) {
        for (URI url : targets) {
            inFlight.incrementAndGet();
            Runnable start = () -> inLane(url, () -> {
                try {
                    byte[] body = body(event);
                    String signature = WebhookSigner.sign(secret, body);
                    if (corrupt) {
                        signature = WebhookSigner.corrupt(signature);
                    }
                    for (int copy = 0; copy < copies; copy++) {
                        Delivery delivery = new Delivery(deliveryIds.incrementAndGet(), url, event.name(),
                                event.account().id(), body, signature, corrupt, note);
                        deliveries.put(delivery.id(), delivery);
                        inFlight.incrementAndGet();
                        attempt(delivery, 1);
                    }
                } finally {
                    inFlight.decrementAndGet();
                }
            });
            if (delay.isZero()) {
                start.run();
            } else {
                scheduler.schedule(start, delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void inLane(URI url, Runnable work) {
        if (closed) {
            return;
        }
        try {
            lanes.computeIfAbsent(url, u -> Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "sandbox-webhooks-" + u.getPort());
                thread.setDaemon(true);
                return thread;
            })).execute(work);
        } catch (RejectedExecutionException e) {
            // closing: nothing more is sent
        }
    }

    /** Sends an earlier delivery again, byte for byte, as a new delivery. */
    public Optional<Long> redeliver(long deliveryId) {
        Delivery original = deliveries.get(deliveryId);
        if (original == null) {
            return Optional.empty();
        }
        Delivery again = new Delivery(deliveryIds.incrementAndGet(), original.url(), original.event(),
                original.accountId(), original.body(), original.signature(), original.corrupted(),
                "redelivery of " + deliveryId);
        deliveries.put(again.id(), again);
        inFlight.incrementAndGet();
        inLane(again.url(), () -> attempt(again, 1));
        return Optional.of(again.id());
    }

    /** The most recent delivery's id, if any was sent. */
    public Optional<Long> lastDeliveryId() {
        return deliveries.keySet().stream().max(Long::compare);
    }

    /** One blocking attempt, run in the target's lane; a failure schedules the next attempt with backoff. */
    private void attempt(Delivery delivery, int attempt) {
        HttpRequest request = HttpRequest.newBuilder(delivery.url())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("User-Agent", "StackOne-Sandbox-Webhooks")
                .header("x-stackone-signature", delivery.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
                .build();
        Integer status = null;
        String error = null;
        try {
            status = client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            error = describe(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        log.add(new WebhookDeliveryAttempt(delivery.id(), attempt, delivery.url().toString(), delivery.event(),
                delivery.accountId(), status, error, clock.instant(), delivery.corrupted(), delivery.note(),
                new String(delivery.body(), StandardCharsets.UTF_8), delivery.signature()));
        boolean ok = status != null && status >= 200 && status < 300;
        if (!ok && attempt < maxAttempts && !closed) {
            long wait = initialBackoff.toMillis() * (1L << Math.min(attempt - 1, 20));
            LOG.info("Webhook {} #{} to {} failed ({}), retrying in {} ms", delivery.event(), delivery.id(),
                    delivery.url(), status != null ? "HTTP " + status : error, wait);
            try {
                scheduler.schedule(() -> inLane(delivery.url(), () -> attempt(delivery, attempt + 1)), wait,
                        TimeUnit.MILLISECONDS);
                return;
            } catch (RejectedExecutionException e) {
                // closing
            }
        } else if (!ok) {
            LOG.warn("Webhook {} #{} to {} given up after {} attempts", delivery.event(), delivery.id(),
                    delivery.url(), attempt);
        }
        inFlight.decrementAndGet();
    }

    private static String describe(IOException failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private byte[] body(Event event) {
        Account account = event.account();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event.name());
        body.put("account_id", account.id());
        body.put("provider", account.provider());
        body.put("project_id", projectId);
        body.put("record_type", "account");
        body.put("record_id", account.id());
        body.put("event_date", JsonValues.timestamp(event.eventDate()));
        body.put("sent_at", JsonValues.timestamp(clock.instant()));
        body.put("origin_owner_id", account.originOwnerId());
        body.put("origin_owner_name", account.originOwnerName());
        if (account.originUsername() != null) {
            body.put("origin_username", account.originUsername());
        }
        body.put("setup_information", account.setupInformation());
        try {
            return JsonValues.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a webhook", e);
        }
    }

    /** Waits until nothing is scheduled or in flight (held reorder batches excepted). */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        lanes.values().forEach(ExecutorService::shutdownNow);
    }

    private HttpClient client() {
        HttpClient built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(5))
                            .version(HttpClient.Version.HTTP_1_1)
                            .build();
                    client = built;
                }
            }
        }
        return built;
    }
}
