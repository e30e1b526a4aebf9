package dev.connect.domain.model.authlink;

/** Whether the link's message reached the mail system: not yet (or being retried), sent, or given up on. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
