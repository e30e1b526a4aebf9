package dev.connect.domain.port.out.authlink;

import dev.connect.domain.model.authlink.AuthLinkInvitation;
import java.util.Objects;

/**
 * Hands a link to its recipient (an e-mail, or the outbox of the embedded default). A failure is an outcome, not an
 * exception: the link stays pending and the delivery is retried.
 */
@FunctionalInterface
public interface AuthLinkDeliveryPort {

    Outcome deliver(AuthLinkInvitation invitation);

    /** What one attempt did. */
    sealed interface Outcome {

        record Sent() implements Outcome {
        }

        /** @param reason for the operator: what failed, never the link or a secret */
        record Failed(String reason) implements Outcome {
            public Failed {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }
}
