package dev.connect.adapters.nango.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Nango's answer to {@code GET /connections}: {@code {"connections": [...]}}, newest first (by creation), one page of
 * {@code limit} from {@code page} (numbered from 0), with no total: a page shorter than the limit is the last.
 */
public record NangoConnectionList(@JsonProperty("connections") List<NangoConnection> connections) {
}
