package dev.connect.domain.port.in.event;

import dev.connect.domain.model.account.LinkedAccount;
import dev.connect.domain.model.event.AccountEvent;
import dev.connect.domain.model.event.WebhookDelivery;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes one account webhook delivery: verify, decode, check freshness, record and apply exactly once.
 *
 * <p>Every {@link Result} means "durably stored (or already stored), answer 2xx". Failures:
 * {@link dev.connect.domain.model.error.WebhookRejectedException} ({@code SIGNATURE_INVALID}: 401, nothing stored, only
 * counted in memory; {@code EVENT_MALFORMED}: 400, kept as rejected; {@code EVENT_STALE}: 400, nothing stored, only
 * counted in memory) and
 * {@link dev.connect.domain.model.error.StorageUnavailableException} (503, nothing half-written, the sender's retry is safe).
 */
public interface ReceiveAccountEventUseCase {

    Result receive(Command command);

    /** The raw delivery, exactly as it arrived; the web adapter parses nothing. */
    record Command(WebhookDelivery delivery) {
        public Command {
            Objects.requireNonNull(delivery, "delivery");
        }
    }

    /** What became of a delivery that was accepted. */
    sealed interface Result {

        AccountEvent event();

        /**
         * Which result this is, as a closed set: an adapter that answers per outcome switches over it without a
         * default, so a new kind of result fails to compile there instead of being mislabelled.
         */
        Outcome outcome();

        enum Outcome { APPLIED, DUPLICATE, OUTDATED, IGNORED }

        /** The newest event of its account so far: the registry now reflects it, and the listeners were told. */
        record Applied(AccountEvent event, LinkedAccount account) implements Result {
            public Applied {
                Objects.requireNonNull(event, "event");
                Objects.requireNonNull(account, "account");
            }

            @Override
            public Outcome outcome() {
                return Outcome.APPLIED;
            }
        }

        /** The same event was recorded before (a re-send or a concurrent duplicate): nothing changed. */
        record Duplicate(AccountEvent event) implements Result {
            public Duplicate {
                Objects.requireNonNull(event, "event");
            }

            @Override
            public Outcome outcome() {
                return Outcome.DUPLICATE;
            }
        }

        /**
         * Older than the account's last applied event: recorded, state not changed (fields the newer events lacked
         * may have been filled in). {@code account} is the registry entry afterwards.
         */
        record Outdated(AccountEvent event, Optional<LinkedAccount> account) implements Result {
            public Outdated {
                Objects.requireNonNull(event, "event");
                Objects.requireNonNull(account, "account");
            }

            @Override
            public Outcome outcome() {
                return Outcome.OUTDATED;
            }
        }

        /** An unknown {@code event} value: verified and recorded, not applied. */
        record Ignored(AccountEvent event) implements Result {
            public Ignored {
                Objects.requireNonNull(event, "event");
            }

            @Override
            public Outcome outcome() {
                return Outcome.IGNORED;
            }
        }
    }
}
