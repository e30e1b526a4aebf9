package dev.connect.adapters.web.contract;

import static dev.connect.adapters.web.contract.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * connect's page: {@code GET /}, its assets under {@code /page/} with the Hub's bundle, each answer with a policy that
 * lets the page reach connect and the Hub {@code /v1/frontend-config} names, and nothing else.
 */
public interface PageContract extends HttpContractFixture {

    /** The Hub's bundle the API under test serves. */
    byte[] HUB_COMPONENT = "customElements.define('stackone-hub', class extends HTMLElement {});"
            .getBytes(StandardCharsets.UTF_8);

    private HttpResponse<String> page(String path) {
        return client().get(path, null);
    }

    @Test
    default void theRootIsThePageWithItsOwnScriptAndStyles() {
        HttpResponse<String> page = page("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html;charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.body()).contains("Connect an account").contains("src=\"page/page.js\"")
                .contains("href=\"page/page.css\"").doesNotContain("https://").doesNotContain("http://");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/page/page.js,                          text/javascript;charset=utf-8",
        "/page/page.css,                         text/css;charset=utf-8",
        "/page/stackone-hub/webcomponent.js,     text/javascript;charset=utf-8"})
    default void servesItsAssetsAndTheHubsBundle(String path, String mediaType) {
        HttpResponse<String> asset = page(path);

        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Content-Type")).contains(mediaType);
        assertThat(asset.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(asset.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    default void theHubsBundleIsServedAsItIs() {
        assertThat(client().sendForBytes(client().request("/page/stackone-hub/webcomponent.js").GET()).body())
                .isEqualTo(HUB_COMPONENT);
    }

    /** Scripts, styles and fonts from connect only; the Hub's API and frames from where the configuration says. */
    @Test
    default void thePolicyAllowsConnectItselfAndTheHubOnly() {
        String policy = page("/").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy).contains("default-src 'self'").contains("script-src 'self';")
                .contains("connect-src 'self' http://127.0.0.1:4010;").contains("frame-src http://127.0.0.1:4010;")
                .contains("frame-ancestors 'none'").contains("object-src 'none'").doesNotContain("unsafe-eval")
                .doesNotContain("*");
    }

    @Test
    default void anUnchangedPageIsNotModified() {
        String etag = page("/").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = client().send(client().request("/").header("If-None-Match", etag).GET());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/page/", "/page/index.html", "/page/nope.js", "/page/.hidden", "/page/stackone-hub/"})
    default void nothingElseIsServedUnderThePage(String path) {
        assertProblem(page(path), 404, "not_found");
    }

    @Test
    default void thePageIsReadOnly() {
        HttpResponse<String> post = client().send(client().request("/").POST(HttpRequest.BodyPublishers.noBody()));

        assertProblem(post, 405, "method_not_allowed");
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
    }
}
