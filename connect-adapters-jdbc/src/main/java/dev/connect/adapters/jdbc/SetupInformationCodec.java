package dev.connect.adapters.jdbc;

import dev.connect.domain.model.account.SetupInformation;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Setup information in one text column, as {@code application/x-www-form-urlencoded} (keys sorted). */
final class SetupInformationCodec {

    private SetupInformationCodec() {
    }

    static String encode(SetupInformation setup) {
        StringJoiner joined = new StringJoiner("&");
        setup.entries().forEach((key, value) -> joined.add(
                URLEncoder.encode(key, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    static SetupInformation decode(String text) {
        if (text == null || text.isEmpty()) {
            return SetupInformation.EMPTY;
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (String pair : text.split("&", -1)) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            entries.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return new SetupInformation(entries);
    }
}
