package dev.connect.domain.port.out.authlink;

import dev.connect.domain.model.account.PageSize;
import dev.connect.domain.model.authlink.AuthLink;
import dev.connect.domain.model.authlink.AuthLinkChange;
import dev.connect.domain.model.authlink.AuthLinkCursor;
import dev.connect.domain.model.authlink.AuthLinkFilter;
import dev.connect.domain.model.authlink.AuthLinkId;
import dev.connect.domain.model.authlink.AuthLinkPage;
import dev.connect.domain.model.authlink.AuthLinkToken;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The durable auth links. Links are completed by account events inside the webhook inbox's transaction
 * ({@link dev.connect.domain.port.out.event.WebhookInboxPort}); everything else changes them here. Every method
 * either completes or throws {@link dev.connect.domain.model.error.StorageUnavailableException} having written
 * nothing. The contract test in the domain's test-jar ({@code AuthLinkStoreContract}) states the rest.
 */
public interface AuthLinkStorePort {

    void insert(AuthLink link);

    Optional<AuthLink> findById(AuthLinkId id);

    Optional<AuthLink> findByToken(AuthLinkToken token);

    /**
     * One page of the links {@code filter} selects, newest first (by creation, then id), each as of {@code now}: a
     * pending link due by then reads and filters as expired.
     */
    AuthLinkPage list(AuthLinkFilter filter, PageSize size, Optional<AuthLinkCursor> after, Instant now);

    /**
     * Reads the link, locked against concurrent changes, hands it to {@code change} and writes what it returns (when
     * it differs), atomically; the answer is the link as stored afterwards, empty for an unknown id. {@code change}
     * may be called again when the store retries.
     */
    Optional<AuthLink> update(AuthLinkId id, UnaryOperator<AuthLink> change);

    /** Marks every pending link due at {@code now} expired, atomically per link; answers what it changed. */
    List<AuthLinkChange> expireDue(Instant now);

    /** Pending links whose delivery is due at {@code now}, oldest due first, at most {@code limit}. */
    List<AuthLink> dueForDelivery(Instant now, int limit);
}
