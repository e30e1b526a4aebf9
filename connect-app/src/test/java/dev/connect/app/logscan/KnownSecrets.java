package dev.connect.app.logscan;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every secret the end-to-end tests configured, generated or received — API keys, webhook secrets, the JWT secret,
 * issued JWTs, connect-session tokens (the token of an auth link too), the operator key — in the forms it could take
 * in a log line: as it is, URL-encoded, as HTTP Basic credentials, and for a JWT its signature alone.
 * {@link LogsCarryNoSecretsTest} looks for each of them in everything the tests logged.
 */
public final class KnownSecrets {

    /** Shorter values could occur in any text by chance; every real secret here is far longer. */
    static final int MIN_LENGTH = 12;

    private static final Map<String, String> SECRETS = new LinkedHashMap<>();

    private KnownSecrets() {
    }

    /** @param what says which secret it is, for a failure message that must not quote it */
    public static synchronized void register(String what, String secret) {
        if (secret == null || secret.length() < MIN_LENGTH) {
            return;
        }
        SECRETS.putIfAbsent(secret, what);
        SECRETS.putIfAbsent(URLEncoder.encode(secret, StandardCharsets.UTF_8), what + " (URL-encoded)");
        SECRETS.putIfAbsent(Base64.getEncoder().encodeToString((secret + ":").getBytes(StandardCharsets.UTF_8)),
                what + " (as Basic credentials)");
        String[] jwt = secret.split("\\.");
        if (jwt.length == 3 && jwt[2].length() >= MIN_LENGTH) {
            SECRETS.putIfAbsent(jwt[2], what + " (its signature)");
        }
    }

    /** Each secret form with what it is. */
    static synchronized Map<String, String> all() {
        return Map.copyOf(SECRETS);
    }

    /** Where each of {@code secrets} occurs in {@code text}: what it is and the line, never the secret itself. */
    static List<String> findIn(String text, Map<String, String> secrets) {
        List<String> findings = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int line = 0; line < lines.length; line++) {
            for (Map.Entry<String, String> secret : secrets.entrySet()) {
                if (lines[line].contains(secret.getKey())) {
                    findings.add(secret.getValue() + " in captured log line " + (line + 1));
                }
            }
        }
        return findings;
    }
}
