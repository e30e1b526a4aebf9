package dev.connect.provider.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick path for StackOne's date shape reads every text exactly as the ISO formatter does, or leaves it to it. */
class IsoDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-11-20T10:00:00.000Z", "2026-11-20T10:00:00Z", "2026-11-20T10:00:00.1Z", "2026-11-20T10:00:00.123456789Z",
        "1970-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z", "2024-02-29T12:00:00Z", "0000-01-01T00:00:00Z",
        "2026-11-20T11:00:00+01:00", "2026-11-20t10:00:00z", "2026-11-20T10:00Z", "+294277-01-01T00:00:00Z",
        "2026-02-30T10:00:00Z", "2025-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-11-20T24:00:00Z",
        "2026-11-20T10:60:00Z", "2026-11-20T10:00:60Z", "2026-11-20T10:00:00.Z", "2026-11-20T10:00:00.1234567890Z",
        "2026-11-20 10:00:00Z", "2026-11-2OT10:00:00Z", "２026-11-20T10:00:00Z", "2026-11-20T10:00:00.12a4Z",
        "2026-11-20T10:00:00", "", "yesterday", "2026-11-20T10:00:00.000+00:00"})
    void readsEveryTextAsTheFormatterDoes(String text) {
        assertSameAsFormatter(text);
    }

    @Test
    void readsRandomDatesOfEveryPrecisionAsTheFormatterDoes() {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE), random.nextInt(1_000_000_000));
            String iso = instant.toString();
            int digits = random.nextInt(10);
            String seconds = iso.substring(0, 19);
            String nanos = String.format("%09d", instant.getNano());
            texts.add(seconds + (digits == 0 ? "" : "." + nanos.substring(0, digits)) + "Z");
        }
        texts.forEach(IsoDatesTest::assertSameAsFormatter);
    }

    private static void assertSameAsFormatter(String text) {
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException refused) {
            assertThatThrownBy(() -> IsoDates.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(IsoDates.parse(text)).as(text).isEqualTo(expected);
    }
}
