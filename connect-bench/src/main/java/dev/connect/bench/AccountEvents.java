package dev.connect.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The webhook deliveries of one run, as StackOne sends them: event {@code i} is the {@code account.created} of
 * account {@code <run>-<i>}, so distinct indices are distinct events and the registry can be checked per account.
 * Bodies are about the size of StackOne's (≈ 380 bytes).
 */
final class AccountEvents {

    static final String PATH = "/webhooks/stackone";

    private final String run;
    private final Instant base;
    private final String secret;
    private final int port;

    AccountEvents(String run, String secret, int port) {
        this.run = run;
        this.base = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        this.secret = secret;
        this.port = port;
    }

    /** Every account id of this run starts with this. */
    String accountPrefix() {
        return run + "-";
    }

    String accountId(long i) {
        return run + "-" + i;
    }

    /** Event {@code i}, sent now and signed. */
    byte[] signed(long i) {
        return signed(i, Instant.now());
    }

    /** Event {@code i} sent a day and an hour ago: the signature holds, the freshness window refuses it. */
    byte[] stale(long i) {
        return signed(i, Instant.now().minus(Duration.ofHours(25)));
    }

    /** Event {@code i} without a signature. */
    byte[] unsigned(long i) {
        return Requests.post(port, PATH, Map.of(), body(i, Instant.now()));
    }

    private byte[] signed(long i, Instant sentAt) {
        byte[] body = body(i, sentAt);
        return Requests.post(port, PATH, Map.of("x-stackone-signature", Signatures.webhook(secret, body)), body);
    }

    private byte[] body(long i, Instant sentAt) {
        String account = accountId(i);
        long owner = i % 97;
        String json = "{\"event\":\"account.created\",\"account_id\":\"" + account + "\",\"provider\":\"bamboohr\","
                + "\"project_id\":\"bench-project\",\"record_type\":\"account\",\"record_id\":\"" + account + "\","
                + "\"event_date\":\"" + base.plusMillis(i) + "\",\"sent_at\":\"" + sentAt + "\","
                + "\"origin_owner_id\":\"owner-" + owner + "\",\"origin_owner_name\":\"Owner " + owner + " Ltd\","
                + "\"origin_username\":\"user" + i + "@bench.test\",\"setup_information\":{\"domain\":\"acme" + owner + "\"}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
