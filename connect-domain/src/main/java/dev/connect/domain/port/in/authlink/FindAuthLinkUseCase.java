package dev.connect.domain.port.in.authlink;

import dev.connect.domain.model.authlink.AuthLinkId;
import dev.connect.domain.model.authlink.AuthLinkView;
import java.util.Objects;
import java.util.Optional;

/** One link, as of now. */
public interface FindAuthLinkUseCase {

    Optional<AuthLinkView> find(Query query);

    record Query(AuthLinkId id) {
        public Query {
            Objects.requireNonNull(id, "id");
        }
    }
}
