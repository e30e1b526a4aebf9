package dev.connect.adapters.jdbc;

import dev.connect.domain.model.authlink.AuthLinkTransition;
import dev.connect.domain.model.error.StorageUnavailableException;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.DeduplicationKey;
import dev.connect.domain.model.event.RegistryTransition;
import dev.connect.domain.port.out.event.WebhookInboxPort.Recording;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** One call of {@code record} waiting for the commit that holds its event (or for its failure). */
final class PendingRecording {

    private final AccountEvent event;
    private final DeduplicationKey key;
    private final Instant receivedAt;
    private final RegistryTransition transition;
    private final AuthLinkTransition links;
    private final CompletableFuture<Recording> outcome = new CompletableFuture<>();

    PendingRecording(AccountEvent event, Instant receivedAt, RegistryTransition transition, AuthLinkTransition links) {
        this.event = event;
        this.key = event.deduplicationKey(); // a SHA-256: computed once, by the caller, not by a writer
        this.receivedAt = receivedAt;
        this.transition = transition;
        this.links = links;
    }

    AccountEvent event() {
        return event;
    }

    DeduplicationKey key() {
        return key;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    RegistryTransition transition() {
        return transition;
    }

    AuthLinkTransition links() {
        return links;
    }

    void complete(Recording recording) {
        outcome.complete(recording);
    }

    void fail(RuntimeException failure) {
        outcome.completeExceptionally(failure);
    }

    /** The recording once committed; else what failed it (storage unavailable, or what its transition threw). */
    Recording await() {
        try {
            return outcome.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("recording failed", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            // the event may still commit: the sender's retry then finds it as a duplicate
            throw new StorageUnavailableException("interrupted while the event was being recorded; a retry is safe",
                    null);
        }
    }
}
