package dev.connect.adapters.web.http;

import java.time.Duration;
import java.util.Objects;

/**
 * What the HTTP layer accepts before any route runs, documented in the README's API section. Part of the contract of
 * the API rather than of one HTTP library: a swapped-in HTTP layer must enforce the same. Body limits are per route
 * ({@link HttpRoute#maxBodyBytes()}).
 *
 * @param maxUriBytes  the request target's path and query; a longer one is refused with 414
 * @param maxHeadBytes the request line and all header fields together, line ends included; a larger head is refused
 *                     with 431 (414 when the request line alone overflows it)
 * @param headTimeout  how long a connection may take to deliver a complete request head, counted from when it opens
 *                     or its previous answer has been sent, however slowly the bytes trickle in; then it is closed
 * @param idleTimeout  the longest silence tolerated in the middle of an exchange: a body arriving, an answer being read
 */
public record ProtocolLimits(int maxUriBytes, int maxHeadBytes, Duration headTimeout, Duration idleTimeout) {

    /**
     * 8 KiB of head holds a bearer token and StackOne's signature headers many times over and is the customary limit
     * (Jetty's and nginx's default); 2 KiB of URI is far beyond this API's paths, which carry no long queries. A
     * client sends its whole head in one packet, so 10 s is generous for a real client and short for a slow-loris.
     */
    public static final ProtocolLimits STANDARD =
            new ProtocolLimits(2048, 8 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(30));

    public ProtocolLimits {
        if (maxUriBytes < 1 || maxHeadBytes <= maxUriBytes) {
            throw new IllegalArgumentException("need 0 < maxUriBytes < maxHeadBytes");
        }
        if (Objects.requireNonNull(headTimeout, "headTimeout").isNegative() || headTimeout.isZero()
                || Objects.requireNonNull(idleTimeout, "idleTimeout").isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }
}
