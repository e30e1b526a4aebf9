package dev.connect.adapters.jdbc;

import dev.connect.domain.model.account.StatusReason;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A check's status reasons in one text column: one line per reason, each {@code application/x-www-form-urlencoded}
 * ({@code code}, {@code description}, {@code timestamp} as ISO-8601, each left out when absent). Encoded values
 * carry no line break, so lines separate reasons unambiguously; no reasons is the empty text.
 */
final class StatusReasonsCodec {

    private StatusReasonsCodec() {
    }

    static String encode(List<StatusReason> reasons) {
        StringJoiner lines = new StringJoiner("\n");
        for (StatusReason reason : reasons) {
            StringJoiner pairs = new StringJoiner("&");
            reason.code().ifPresent(code -> pairs.add(pair("code", code)));
            reason.description().ifPresent(description -> pairs.add(pair("description", description)));
            reason.timestamp().ifPresent(timestamp -> pairs.add(pair("timestamp", timestamp.toString())));
            lines.add(pairs.toString());
        }
        return lines.toString();
    }

    static List<StatusReason> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<StatusReason> reasons = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String pair : line.isEmpty() ? new String[0] : line.split("&")) {
                int eq = pair.indexOf('=');
                values.put(decoded(pair.substring(0, eq)), decoded(pair.substring(eq + 1)));
            }
            reasons.add(new StatusReason(Optional.ofNullable(values.get("code")),
                    Optional.ofNullable(values.get("description")),
                    Optional.ofNullable(values.get("timestamp")).map(Instant::parse)));
        }
        return List.copyOf(reasons);
    }

    private static String pair(String key, String value) {
        return key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decoded(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
