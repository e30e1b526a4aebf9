package dev.connect.domain.port.in.event;

import java.time.Instant;

/** Removes inbox keys whose replays the freshness window already refuses; run periodically (e.g. hourly). */
public interface PurgeWebhookInboxUseCase {

    /** @return how many inbox rows were removed */
    int purge(Instant now);
}
