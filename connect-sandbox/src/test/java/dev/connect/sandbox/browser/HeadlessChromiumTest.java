package dev.connect.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trap is real: a page that reaches for the internet fails the check, naming the hosts. */
class HeadlessChromiumTest {

    @TempDir
    Path profile;

    @Test
    void aPageThatLoadsAFontOrAnImageFromTheInternetFailsTheCheck() {
        try (HeadlessChromium chromium = HeadlessChromium.start(profile, "HeadlessChromiumTest")) {
            chromium.driver().get("data:text/html,<link rel=stylesheet href='https://fonts.googleapis.com/css?family=Inter'>"
                    + "<img src='http://images.example.test/logo.png'><p id=done>done</p>");
            chromium.deep("#done", "done");

            assertThatThrownBy(chromium::assertNothingLeftTheMachine)
                    .hasMessageContaining("CONNECT fonts.googleapis.com:443")
                    .hasMessageContaining("GET http://images.example.test/logo.png");
        }
    }

    @Test
    void theBrowsersOwnServicesAreExcusedByExactHostOnly() throws Exception {
        try (OffLoopbackTrap trap = new OffLoopbackTrap()) {
            for (String host : List.of("redirector.gvt1.com", "fonts.redirector.gvt1.com", "update.googleapis.com")) {
                send(trap, "CONNECT " + host + ":443 HTTP/1.1");
            }

            assertThat(trap.pageRequests()).containsExactly("CONNECT fonts.redirector.gvt1.com:443 HTTP/1.1");
        }
    }

    private static void send(OffLoopbackTrap trap, String requestLine) throws IOException {
        String[] hostAndPort = trap.address().split(":");
        try (Socket client = new Socket(hostAndPort[0], Integer.parseInt(hostAndPort[1]))) {
            client.getOutputStream().write((requestLine + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            client.getInputStream().readAllBytes(); // the trap answers 403 once it has recorded the line
        }
    }

    @Test
    void theHostOfARequestLineIsWhatItNames() {
        assertThat(OffLoopbackTrap.host("CONNECT fonts.gstatic.com:443 HTTP/1.1")).isEqualTo("fonts.gstatic.com");
        assertThat(OffLoopbackTrap.host("GET http://Api.StackOne.com/hub/settings HTTP/1.1")).isEqualTo("api.stackone.com");
        assertThat(OffLoopbackTrap.host("garbage")).isEmpty();
    }
}
