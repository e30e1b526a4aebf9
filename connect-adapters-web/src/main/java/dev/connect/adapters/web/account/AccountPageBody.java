package dev.connect.adapters.web.account;

import dev.connect.domain.model.account.AccountPage;
import dev.connect.domain.model.account.PageCursor;
import java.util.List;

/** {@code GET /v1/accounts}: one page, and the cursor of the next one ({@code null} on the last page). */
public record AccountPageBody(List<AccountBody> data, String nextCursor) {

    public static AccountPageBody of(AccountPage page) {
        return new AccountPageBody(page.accounts().stream().map(AccountBody::of).toList(),
                page.next().map(PageCursor::token).orElse(null));
    }
}
