package dev.connect.domain.port.in.authlink;

import java.net.URI;
import java.util.Objects;

/**
 * The recipient opens a link: a pending link leads to a provider session's hosted page (the one opened with the
 * link while it still works, else a fresh one for the same target); any other link, or an unknown token, says why it
 * is not valid. Changes nothing.
 */
public interface OpenAuthLinkUseCase {

    Opening open(Query query);

    /** @param token as it came in the address, not yet checked */
    record Query(String token) {
        public Query {
            Objects.requireNonNull(token, "token");
        }
    }

    sealed interface Opening {

        record Redirect(URI hostedPage) implements Opening {
            public Redirect {
                Objects.requireNonNull(hostedPage, "hostedPage");
            }

            @Override
            public String toString() {
                return "Redirect[]";
            }
        }

        record NotValid(Reason reason) implements Opening {
            public NotValid {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    enum Reason {
        UNKNOWN,
        EXPIRED,
        REVOKED,
        LINKED
    }
}
