package dev.connect.provider.webhook;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * ISO-8601 date-times with an offset, exactly as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} reads them. StackOne
 * writes its dates in one shape, {@code 2026-11-20T10:00:00.000Z}: that shape is read field by field here, because
 * the formatter's general machinery costs several microseconds per date, a noticeable share of an event's intake.
 * Anything else — another offset, lower-case letters, no seconds, a signed year, an impossible date — goes to the
 * formatter, so what is accepted and what is refused stays the formatter's decision.
 */
final class IsoDates {

    private static final int[] SCALE = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private IsoDates() {
    }

    /** @throws java.time.format.DateTimeParseException as the formatter does */
    static Instant parse(String text) {
        Instant utc = utcOrNull(text);
        return utc != null ? utc : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} with 1 to 9 fraction digits as an instant; {@code null} for anything else. */
    private static Instant utcOrNull(String text) {
        int length = text.length();
        if (length < 20 || length == 21 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || (length > 20 && text.charAt(19) != '.')) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int fractionDigits = Math.max(0, length - 21);
        int fraction = fractionDigits == 0 ? 0 : digits(text, 20, fractionDigits);
        if ((year | month | day | hour | minute | second | fraction) < 0) {
            return null;
        }
        try {
            int nanos = fractionDigits == 0 ? 0 : fraction * SCALE[fractionDigits - 1];
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException impossible) {
            return null; // e.g. 2026-02-30: the formatter words the refusal
        }
    }

    /** The decimal number of {@code count} ASCII digits at {@code from}; -1 if any is not one. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
