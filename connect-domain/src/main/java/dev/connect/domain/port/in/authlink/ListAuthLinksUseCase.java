package dev.connect.domain.port.in.authlink;

import dev.connect.domain.model.account.PageSize;
import dev.connect.domain.model.authlink.AuthLinkCursor;
import dev.connect.domain.model.authlink.AuthLinkFilter;
import dev.connect.domain.model.authlink.AuthLinkView;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Links, newest first, a page at a time, each as of now (a pending link past its time lists as expired). */
public interface ListAuthLinksUseCase {

    Page list(Query query);

    record Query(AuthLinkFilter filter, PageSize size, Optional<AuthLinkCursor> after) {
        public Query {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(after, "after");
        }
    }

    record Page(List<AuthLinkView> links, Optional<AuthLinkCursor> next) {
        public Page {
            links = List.copyOf(Objects.requireNonNull(links, "links"));
            Objects.requireNonNull(next, "next");
        }
    }
}
