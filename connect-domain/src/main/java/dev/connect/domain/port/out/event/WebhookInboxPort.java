package dev.connect.domain.port.out.event;

import dev.connect.domain.model.authlink.AuthLinkChange;
import dev.connect.domain.model.authlink.AuthLinkTransition;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.DeduplicationKey;
import dev.connect.domain.model.event.EventApplication;
import dev.connect.domain.model.event.InboxEntry;
import dev.connect.domain.model.event.RegistryTransition;
import dev.connect.domain.model.event.RejectedDelivery;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The webhook inbox and the linked-account registry, written together: recording an event and applying it is one
 * transaction. Every method either completes or throws
 * {@link dev.connect.domain.model.error.StorageUnavailableException} having written nothing.
 */
public interface WebhookInboxPort {

    /**
     * Whether an event with this key is recorded, for inspection. The intake does not ask before {@link #record}:
     * that answers {@link Recording.Duplicate} itself, inside its transaction.
     */
    boolean isRecorded(DeduplicationKey key);

    /**
     * Records the event under its de-duplication key and applies it, atomically, and returns only once that is
     * committed. Inside one transaction the store locks the account's registry entry (or, for an unknown account,
     * makes sure no concurrent transaction creates it unseen), passes it to {@code transition}, inserts the inbox row
     * with the returned outcome and writes the returned entry when it changed. If the key is already recorded, also
     * by a concurrent delivery that committed first (the store's unique key decides), nothing is written and the
     * answer is {@link Recording.Duplicate}. The transition may be called more than once when the store retries
     * after a conflict.
     *
     * <p>A store may let concurrent calls share one transaction and one commit (group commit). It then applies their
     * transitions one after the other in the order the calls arrived, each seeing the entry as the previous ones left
     * it, exactly as if they had committed one by one; and one call's failure — its transition throws, or the
     * database refuses its rows — fails that call alone, with nothing of it written, while the others commit.
     *
     * @throws RuntimeException what {@code transition} threw, for this call only
     */
    default Recording record(AccountEvent event, Instant receivedAt, RegistryTransition transition) {
        return record(event, receivedAt, transition, AuthLinkTransition.NONE);
    }

    /**
     * As {@link #record(AccountEvent, Instant, RegistryTransition)}, and in the same transaction the auth links the
     * event completes: the store asks {@code links} whose pending links to read (given the account's entry before the
     * event), locks them, lets {@code links} decide and writes the link it returns. A store that keeps no auth links
     * completes none.
     */
    Recording record(AccountEvent event, Instant receivedAt, RegistryTransition transition, AuthLinkTransition links);

    /** Keeps a signed but malformed delivery for inspection. */
    void recordRejected(RejectedDelivery delivery);

    /** The inbox row of a recorded event. */
    Optional<InboxEntry> findRecorded(DeduplicationKey key);

    /** The most recent rejected deliveries, newest first, at most {@code limit}. */
    List<RejectedDelivery> findRejected(int limit);

    /**
     * Removes inbox rows whose {@code sent_at} and arrival are both before {@code cutoff}; never younger ones.
     * Rejected deliveries are kept.
     *
     * @return how many rows were removed
     */
    int purgeRecordedBefore(Instant cutoff);

    /** What {@link #record} did. */
    sealed interface Recording {

        /**
         * Recorded now; {@code application} is what the transition decided and the store committed, {@code links}
         * the auth links it completed in the same transaction.
         */
        record Recorded(EventApplication application, List<AuthLinkChange> links) implements Recording {
            public Recorded {
                Objects.requireNonNull(application, "application");
                links = List.copyOf(Objects.requireNonNull(links, "links"));
            }

            public Recorded(EventApplication application) {
                this(application, List.of());
            }
        }

        /** The key was already recorded; nothing was written. */
        record Duplicate() implements Recording {
        }
    }
}
