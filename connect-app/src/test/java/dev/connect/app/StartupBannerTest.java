package dev.connect.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The block printed at start-up: what a person opens first, and what it must never show. */
class StartupBannerTest {

    @TempDir
    Path data;

    @Test
    void inTheEmbeddedDefaultTheFirstLinkIsThePageSayingWhatToDoThere() {
        ConnectSettings settings = SandboxMode.embeddedDefaultSettings(data, ConnectSettings.HttpServer.JAVALIN);
        try (ConnectApplication app = ConnectApplication.start(settings, Clock.systemUTC())) {
            String banner = StartupBanner.describe(settings, app, Clock.systemUTC());

            String page = "http://127.0.0.1:" + app.httpPort() + "/";
            assertThat(banner.lines().filter(line -> line.contains("http://")).findFirst().orElseThrow())
                    .isEqualTo("  Open " + page + " to link an account: sign in as a demo customer, press \"Connect "
                            + "an account\" and pick a provider in StackOne's Hub");
            assertThat(banner).contains("Examples   " + page + "examples/").contains("hosted Hub page");
        }
    }

    @Test
    void withCallerKeysOfItsOwnThePageAsksForAToken() {
        ConnectSettings settings = SandboxMode.withCallerKeysSettings(data, ConnectSettings.HttpServer.JAVALIN);
        try (ConnectApplication app = ConnectApplication.start(settings, Clock.systemUTC())) {
            String banner = StartupBanner.describe(settings, app, Clock.systemUTC());

            assertThat(banner).contains("Open http://127.0.0.1:" + app.httpPort()
                    + "/ to link an account: paste a caller token").doesNotContain("demo customer");
        }
    }
}
