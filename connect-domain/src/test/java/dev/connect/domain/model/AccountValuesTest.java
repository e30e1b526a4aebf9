package dev.connect.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.model.account.AccountCheck;
import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.account.AccountStatus;
import dev.connect.domain.model.account.PageCursor;
import dev.connect.domain.model.account.PageSize;
import dev.connect.domain.model.account.StatusReason;
import dev.connect.domain.model.error.InvalidRequestException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountValuesTest {

    @Test
    void aCursorRoundTripsThroughItsOpaqueToken() {
        PageCursor cursor = new PageCursor(Instant.parse("2026-11-20T10:00:00.123456Z"), new AccountId("acc_9.f~e-7"));

        assertThat(PageCursor.parse(cursor.token())).isEqualTo(cursor);
        assertThat(cursor.token()).doesNotContain("acc_9").matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "bm90LWEtY3Vyc29y", "MTIzOmFjYy8uLg", "MTIzOmFjYy0x=", "OTk5OTk5OTk5OTk5OTk5OTk5OTk5OmFjYy0x"})
    void aCursorThisApiDidNotHandOutIsAnInvalidRequestNamingTheCursor(String token) {
        assertThatThrownBy(() -> PageCursor.parse(token)).isInstanceOfSatisfying(InvalidRequestException.class,
                invalid -> assertThat(invalid.field()).contains("cursor"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 201})
    void aPageHoldsOneToTwoHundredAccounts(int size) {
        assertThatThrownBy(() -> new PageSize(size)).isInstanceOfSatisfying(InvalidRequestException.class,
                invalid -> assertThat(invalid.field()).contains("limit"));
        assertThat(new PageSize(200).value()).isEqualTo(200);
        assertThat(PageSize.DEFAULT.value()).isEqualTo(50);
    }

    @Test
    void aReasonKeepsWhatTheProviderGaveAndCutsAnOverlongDescription() {
        StatusReason reason = new StatusReason(Optional.of("expired"), Optional.of("x".repeat(5000)),
                Optional.of(Instant.parse("2026-11-20T10:00:00.123456789Z")));

        assertThat(reason.description().orElseThrow()).hasSize(StatusReason.MAX_DESCRIPTION_LENGTH);
        assertThat(reason.timestamp()).contains(Instant.parse("2026-11-20T10:00:00.123456Z"));
        assertThat(new StatusReason(Optional.of(" "), Optional.empty(), Optional.empty()).code()).isEmpty();
    }

    @Test
    void aCheckKeepsTheFirstTwentyReasonsAndComparesFindingsWithoutTheTime() {
        StatusReason reason = new StatusReason(Optional.of("c"), Optional.empty(), Optional.empty());
        AccountCheck check = new AccountCheck(AccountStatus.ERROR, Collections.nCopies(25, reason),
                Instant.parse("2026-11-20T10:00:00Z"));
        AccountCheck later = new AccountCheck(AccountStatus.ERROR, Collections.nCopies(25, reason),
                Instant.parse("2026-11-20T11:00:00Z"));

        assertThat(check.reasons()).hasSize(AccountCheck.MAX_REASONS);
        assertThat(check.sameFindings(later)).isTrue();
        assertThat(check.sameFindings(new AccountCheck(AccountStatus.ACTIVE, List.of(), later.checkedAt()))).isFalse();
    }
}
