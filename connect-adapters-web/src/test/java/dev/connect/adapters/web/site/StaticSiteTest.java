package dev.connect.adapters.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a site is made of: the files its manifest lists, and only plain relative paths. Served: the contract suite. */
class StaticSiteTest {

    private final ClassLoader loader = StaticSiteTest.class.getClassLoader();

    @Test
    void aSiteOnTheClasspathIsExactlyWhatItsManifestLists() {
        StaticSite site = StaticSite.fromClasspath("/examples", loader, "static-site-test/ok").orElseThrow();

        assertThat(site.paths()).containsExactlyInAnyOrder("index.html", "react/app.js");
        assertThat(site.route().path()).isEqualTo("/examples/{path...}");
    }

    @Test
    void withoutAManifestThereIsNoSite() {
        assertThat(StaticSite.fromClasspath("/examples", loader, "static-site-test/none")).isEmpty();
    }

    @Test
    void aListedFileThatIsMissingStopsTheStartSayingWhich() {
        assertThatIllegalStateException()
                .isThrownBy(() -> StaticSite.fromClasspath("/examples", loader, "static-site-test/broken"))
                .withMessageContaining("missing.js");
    }

    @Test
    void theRootIsAPrefixToo() {
        assertThat(StaticSite.of("/", Map.of("index.html", new byte[0])).route().path()).isEqualTo("/{path...}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/abs.js", "a/../b.js", "./a.js", "a//b.js", ".env", "a/.git/config", "a\\b.js",
        "a/b/", "tab\there"})
    void onlyPlainRelativePathsMakeASite(String path) {
        assertThatIllegalArgumentException().isThrownBy(() -> StaticSite.of("/examples", Map.of(path, new byte[0])));
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples", "/examples/", "/a/{b}", "/a//b", "/.hidden", ""})
    void aPrefixIsTheRootOrAPlainPath(String prefix) {
        assertThatIllegalArgumentException().isThrownBy(() -> StaticSite.of(prefix, Map.of()));
    }

    @Test
    void mediaTypesGoByTheExtensionWhateverItsCase() {
        assertThat(MediaTypes.of("a/B.JS")).isEqualTo("text/javascript;charset=utf-8");
        assertThat(MediaTypes.of("a.b/README")).isEqualTo(MediaTypes.UNKNOWN);
        assertThat(MediaTypes.of("x.unknown")).isEqualTo(MediaTypes.UNKNOWN);
    }
}
