package dev.connect.domain.model.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One webhook delivery exactly as it arrived: the raw body bytes (never re-serialised: the signature covers them),
 * the headers (names compared without regard to case) and the arrival time. The web adapter builds it without parsing
 * anything and enforces {@link #MAX_BODY_BYTES} itself (answering 413) before it gets here.
 * {@link #toString()} shows neither the body nor header values.
 */
public record WebhookDelivery(byte[] body, Map<String, List<String>> headers, Instant receivedAt) {

    /** The largest body the intake accepts: 256 KiB. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    public WebhookDelivery {
        body = Objects.requireNonNull(body, "body").clone();
        Objects.requireNonNull(headers, "headers");
        Map<String, List<String>> normalised = new TreeMap<>();
        headers.forEach((name, values) -> {
            if (name != null) {
                List<String> all = normalised.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>());
                if (values != null) {
                    values.stream().filter(Objects::nonNull).forEach(all::add);
                }
            }
        });
        normalised.replaceAll((name, values) -> List.copyOf(values));
        headers = Collections.unmodifiableMap(normalised);
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** A delivery from single-valued headers, e.g. {@code Map.of("X-StackOne-Signature", "…")}. */
    public static WebhookDelivery of(byte[] body, Map<String, String> singleHeaders, Instant receivedAt) {
        Map<String, List<String>> headers = new TreeMap<>();
        singleHeaders.forEach((name, value) -> headers.put(name, value == null ? List.of() : List.of(value)));
        return new WebhookDelivery(body, headers, receivedAt);
    }


    /** A copy of the body bytes. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    /** Every value of a header, by a name compared without regard to case. */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The first value of a header, by a name compared without regard to case. */
    public Optional<String> header(String name) {
        return headerValues(name).stream().findFirst();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookDelivery that && Arrays.equals(body, that.body)
                && headers.equals(that.headers) && receivedAt.equals(that.receivedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(body), headers, receivedAt);
    }

    @Override
    public String toString() {
        return "WebhookDelivery[bytes=" + body.length + ", headers=" + headers.keySet() + ", receivedAt=" + receivedAt + "]";
    }
}
