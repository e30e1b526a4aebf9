package dev.connect.provider.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over a webhook's raw body bytes, keyed with each configured signing secret's UTF-8 bytes (one, or two
 * during a rotation). How the signature is carried (header, encoding) is the provider adapter's; this checks the 32
 * bytes. Every secret is tried against every candidate, always all of them, and each comparison takes the same time
 * whatever the bytes ({@link MessageDigest#isEqual}), so neither which secret matched nor how much of a forged
 * signature was right shows in the timing. The secrets never appear in a message or {@link #toString()}.
 */
public final class HmacSha256Signatures {

    public static final int MAC_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final List<SecretKeySpec> keys;
    /** Looking up and keying a Mac costs more than the HMAC of a webhook body: each thread keeps its own, keyed. */
    private final ThreadLocal<List<Mac>> macs = ThreadLocal.withInitial(this::keyedMacs);

    /** @param secrets the signing secrets exactly as the provider shows them (at least one, none blank) */
    public HmacSha256Signatures(List<String> secrets) {
        Objects.requireNonNull(secrets, "secrets");
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one webhook signing secret is required");
        }
        List<SecretKeySpec> specs = new ArrayList<>();
        for (String secret : secrets) {
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("webhook signing secrets must not be blank");
            }
            specs.add(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
        }
        this.keys = List.copyOf(specs);
    }

    /** The secrets of a comma-separated setting such as {@code CONNECT_WEBHOOK_SECRETS}; blanks are skipped. */
    public static List<String> commaSeparated(String secrets) {
        Objects.requireNonNull(secrets, "secrets");
        List<String> list = new ArrayList<>();
        for (String part : secrets.split(",")) {
            if (!part.isBlank()) {
                list.add(part.trim());
            }
        }
        return list;
    }

    public int count() {
        return keys.size();
    }

    /**
     * Whether any candidate is the body's MAC under any secret.
     *
     * @param candidates the signatures the delivery carries, each decoded to its bytes ({@code null} for one that did
     *                   not decode, which never matches)
     */
    public boolean anyMatches(byte[] body, List<byte[]> candidates) {
        boolean valid = false;
        for (Mac mac : macs.get()) {
            byte[] expected = mac.doFinal(body); // each secret's HMAC once per body; doFinal also resets the Mac
            for (byte[] candidate : candidates) {
                // no short-circuit: every secret and every candidate is compared, whatever the others gave
                valid |= candidate != null && MessageDigest.isEqual(expected, candidate);
            }
        }
        return valid;
    }

    /** One Mac per secret, keyed, for one thread (a Mac is not thread-safe). */
    private List<Mac> keyedMacs() {
        List<Mac> keyed = new ArrayList<>(keys.size());
        for (SecretKeySpec key : keys) {
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(key);
                keyed.add(mac);
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        }
        return List.copyOf(keyed);
    }

    @Override
    public String toString() {
        return "HmacSha256Signatures[secrets=" + keys.size() + " (redacted)]";
    }
}
