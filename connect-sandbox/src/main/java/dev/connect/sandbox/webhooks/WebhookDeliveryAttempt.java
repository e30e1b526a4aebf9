package dev.connect.sandbox.webhooks;

import java.time.Instant;

/**
 * One attempt to deliver one webhook, as logged by the sandbox.
 *
 * @param deliveryId        the delivery this attempt belongs to (retries share it; a duplicate or redelivery gets
 *                          its own)
 * @param attempt           1 for the first try, 2 for the first retry, …
 * @param url               the target
 * @param event             {@code account.created}, {@code account.updated} or {@code account.deleted}
 * @param accountId         the account the event is about
 * @param statusCode        the target's HTTP status, or {@code null} when the connection failed
 * @param error             what went wrong without an HTTP answer (connection refused, timeout), else {@code null}
 * @param at                when the attempt finished
 * @param signatureCorrupted whether a fault deliberately spoilt the signature
 * @param note              how the delivery came about when a fault made it ({@code duplicate}, {@code redelivery
 *                          of 3}, {@code delayed 500 ms}, {@code reordered}), else {@code null}
 * @param body              the exact body bytes sent, as UTF-8 text
 * @param signature         the {@code x-stackone-signature} header sent
 */
public record WebhookDeliveryAttempt(
        long deliveryId,
        int attempt,
        String url,
        String event,
        String accountId,
        Integer statusCode,
        String error,
        Instant at,
        boolean signatureCorrupted,
        String note,
        String body,
        String signature) {

    /** Whether the target accepted the delivery (2xx). */
    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
