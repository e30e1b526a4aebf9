package dev.connect.adapters.web.contract;

import static dev.connect.adapters.web.contract.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A static site (files served as they are, under {@code /examples}): media types, validators, directory indexes, and
 * nothing but its own files, on every binding alike.
 */
public interface StaticSiteContract extends HttpContractFixture {

    /** The site's files: an index at its root and in {@code react/}, a directory without one, a binary file. */
    Map<String, byte[]> SITE = Map.of(
            "index.html", utf8("<!doctype html><h1>Examples</h1>"),
            "react/index.html", utf8("<!doctype html><script src=\"app.js\"></script>"),
            "react/app.js", utf8("console.log('é');"),
            "react/app.css", utf8("body{margin:0}"),
            "img/logo.svg", utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            "data.json", utf8("{\"a\":1}"),
            "assets/chunk.js", utf8("export const chunk = 1;"),
            "fonts/face.woff2", allBytes(),
            "LICENSE", utf8("MIT"));

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] allBytes() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    private HttpResponse<byte[]> fetch(String path, String... headers) {
        HttpRequest.Builder request = client().request(path).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client().sendForBytes(request);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "index.html,       text/html;charset=utf-8",
        "react/index.html, text/html;charset=utf-8",
        "react/app.js,     text/javascript;charset=utf-8",
        "react/app.css,    text/css;charset=utf-8",
        "img/logo.svg,     image/svg+xml",
        "data.json,        application/json",
        "fonts/face.woff2, font/woff2",
        "LICENSE,          application/octet-stream"})
    default void servesEachFileAsItIsWithItsMediaTypeAndValidators(String file, String mediaType) {
        HttpResponse<byte[]> answer = fetch("/examples/" + file);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(SITE.get(file));
        assertThat(answer.headers().firstValue("Content-Type")).contains(mediaType);
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(answer.headers().firstValue("ETag").orElseThrow()).matches("\"[A-Za-z0-9_-]{43}\"");
        assertThat(answer.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    default void aDirectoryWithAnIndexIsServedByItAtItsPathWithASlash() {
        HttpResponse<byte[]> react = fetch("/examples/react/");
        HttpResponse<byte[]> root = fetch("/examples/");

        assertThat(react.statusCode()).isEqualTo(200);
        assertThat(react.body()).isEqualTo(SITE.get("react/index.html"));
        assertThat(react.headers().firstValue("Content-Type")).contains("text/html;charset=utf-8");
        assertThat(root.body()).isEqualTo(SITE.get("index.html"));
    }

    /** Relative links of the index resolve against the directory only when its path ends in a slash. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/examples/react, react/", "/examples/react?screen=hub&x=%20, react/?screen=hub&x=%20",
        "/examples, examples/"})
    default void aDirectoryWithoutTheSlashRedirectsToItKeepingTheQuery(String path, String location) {
        HttpResponse<byte[]> answer = fetch(path);

        assertThat(answer.statusCode()).isEqualTo(301);
        assertThat(answer.headers().firstValue("Location")).contains(location);
    }

    @Test
    default void anUnchangedFileIsNotSentAgain() {
        String etag = fetch("/examples/react/app.js").headers().firstValue("ETag").orElseThrow();

        for (String ifNoneMatch : new String[] {etag, "W/" + etag, "\"other\", " + etag, "*"}) {
            HttpResponse<byte[]> again = fetch("/examples/react/app.js", "If-None-Match", ifNoneMatch);

            assertThat(again.statusCode()).as(ifNoneMatch).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).contains(etag);
        }
        assertThat(fetch("/examples/react/app.js", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        assertThat(fetch("/examples/react/app.css").headers().firstValue("ETag")).isNotEqualTo(Optional.of(etag));
    }

    @Test
    default void headAnswersTheHeadersWithoutTheFile() {
        HttpResponse<byte[]> head = client().sendForBytes(client().request("/examples/react/app.js")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).contains("text/javascript;charset=utf-8");
        assertThat(head.body()).isEmpty();
    }

    /** No listing: a directory without an index, and every file the site was not made with, is not found. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/examples/assets/", "/examples/assets", "/examples/nope.js", "/examples/react/app.js/x",
        "/examples/asset-manifest.txt", "/examples/.env", "/examples/react/.index.html", "/examples/INDEX.HTML"})
    default void whatTheSiteDoesNotHaveIsNotFound(String path) {
        assertProblem(client().send(client().request(path).GET()), 404, "not_found");
    }

    /**
     * Dot segments, backslashes and control characters, however encoded, never leave the site or reach a file by
     * another name: the server refuses them as ambiguous (400) or the site has no such file (404).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/examples/%2e%2e/openapi.yaml", "/examples/react/%2e%2e/index.html",
        "/examples/.%2e/openapi.yaml", "/examples/react/%2E/app.js", "/examples/react%5capp.js",
        "/examples/react/app.js%00", "/examples/%2e%2e%2fopenapi.yaml", "/examples/react%2fapp.js",
        "/examples/%2e%2e%5c%2e%2e%5cpom.xml"})
    default void encodedTraversalsNeverLeaveTheSite(String path) {
        // Tomcat refuses some of these itself (an HTML 400) before connect's servlet runs: not connect's answer
        HttpResponse<String> answer = client().sendToAnyServer(client().request(path).GET());

        assertThat(answer.statusCode()).as(path).isIn(400, 404);
        assertThat(answer.body()).doesNotContain("openapi").doesNotContain("<script").doesNotContain("console.log");
    }

    @Test
    default void onlyGetAndHeadAreAnswered() {
        HttpResponse<String> post = client().send(client().request("/examples/react/app.js")
                .POST(HttpRequest.BodyPublishers.ofString("x")));

        assertProblem(post, 405, "method_not_allowed");
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
    }
}
