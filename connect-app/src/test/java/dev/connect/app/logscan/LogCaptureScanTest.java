package dev.connect.app.logscan;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** The capture and the scan do find a secret that was logged: planted here, at the lowest level, and not registered. */
class LogCaptureScanTest {

    @Test
    void aSecretLoggedAtTraceInAnyFormIsFound() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String planted = "v1.test." + HexFormat.of().formatHex(bytes);
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJvcmdfaWQiOiJ0In0." + HexFormat.of().formatHex(bytes).substring(3);

        LoggerFactory.getLogger("dev.connect.app.planted").trace("planted {}", planted);
        try (MDC.MDCCloseable inMdc = MDC.putCloseable("leak", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((planted + ":").getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
            LoggerFactory.getLogger("dev.connect.app.planted").debug("nothing in the message");
        }
        LoggerFactory.getLogger("dev.connect.app.planted").warn("failed", new IllegalStateException("sig "
                + jwt.substring(jwt.lastIndexOf('.') + 1)));

        Map<String, String> forms = formsOf(planted, jwt);
        assertThat(KnownSecrets.findIn(LogCapture.text(), forms))
                .anyMatch(finding -> finding.startsWith("planted key in"))
                .anyMatch(finding -> finding.startsWith("planted key (as Basic credentials)"))
                .anyMatch(finding -> finding.startsWith("planted token (its signature)"))
                .noneMatch(finding -> finding.contains(planted));
        assertThat(KnownSecrets.all()).as("the planted secrets stay out of the module-wide scan")
                .doesNotContainKey(planted);
    }

    private static Map<String, String> formsOf(String key, String jwt) {
        java.util.Map<String, String> forms = new java.util.LinkedHashMap<>();
        forms.put(key, "planted key");
        forms.put(java.util.Base64.getEncoder().encodeToString((key + ":").getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), "planted key (as Basic credentials)");
        forms.put(jwt.substring(jwt.lastIndexOf('.') + 1), "planted token (its signature)");
        return forms;
    }
}
