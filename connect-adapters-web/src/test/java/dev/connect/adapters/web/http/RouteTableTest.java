package dev.connect.adapters.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.adapters.web.problem.WebRequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The routing rules every binding shares, without a server: the HTTP contract suite checks them over the wire. */
class RouteTableTest {

    private static final HttpRoute ACCOUNT = route("GET", "/v1/accounts/{id}");
    private static final HttpRoute SEARCH = route("GET", "/v1/accounts/search");
    private static final HttpRoute DELETE_ACCOUNT = route("DELETE", "/v1/accounts/{id}");
    private static final HttpRoute HEALTH = route("GET", "/health");

    private final RouteTable table = new RouteTable(List.of(ACCOUNT, DELETE_ACCOUNT, SEARCH, HEALTH));

    @Test
    void aLiteralSegmentWinsOverAParameterWhateverTheOrder() {
        assertThat(table.match("GET", "/v1/accounts/search").route()).isSameAs(SEARCH);
        assertThat(table.match("GET", "/v1/accounts/acc_1").route()).isSameAs(ACCOUNT);
    }

    @Test
    void parametersArePercentDecodedButAPlusStaysAPlus() {
        assertThat(table.match("GET", "/v1/accounts/a%20b+c%C3%A9").pathParams()).isEqualTo(Map.of("id", "a b+cé"));
    }

    @Test
    void aMalformedEscapeInAParameterIsABadRequest() {
        assertThatThrownBy(() -> table.match("GET", "/v1/accounts/a%zz"))
                .isInstanceOfSatisfying(WebRequestException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.code()).isEqualTo("invalid_request");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nope", "/", "", "/v1/accounts", "/v1/accounts/", "/v1/accounts//", "/v1/accounts/a/b",
            "/Health", "/heal%74h", "//health"})
    void aPathWithoutARouteIsNotFound(String path) {
        assertThatThrownBy(() -> table.match("GET", path))
                .isInstanceOfSatisfying(WebRequestException.class,
                        refused -> assertThat(refused.status()).isEqualTo(404));
    }

    @Test
    void aPathWithOtherMethodsIsMethodNotAllowedNamingThem() {
        assertThatThrownBy(() -> table.match("POST", "/v1/accounts/acc_1"))
                .isInstanceOfSatisfying(WebRequestException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(405);
                    assertThat(refused.headers()).containsEntry("Allow", "DELETE, GET, HEAD");
                });
    }

    @Test
    void headIsAnsweredByTheGetRoute() {
        assertThat(table.match("HEAD", "/health").route()).isSameAs(HEALTH);
    }

    @Test
    void oneTrailingSlashIsIgnored() {
        assertThat(table.match("GET", "/health/").route()).isSameAs(HEALTH);
        assertThat(table.match("GET", "/v1/accounts/acc_1/").pathParams()).isEqualTo(Map.of("id", "acc_1"));
    }

    @Test
    void theRootCanBeARoute() {
        HttpRoute root = route("GET", "/");

        assertThat(new RouteTable(List.of(root, HEALTH)).match("GET", "/").route()).isSameAs(root);
    }

    @Test
    void twoRoutesThatWouldMatchTheSameRequestsAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RouteTable(List.of(ACCOUNT, route("GET", "/v1/accounts/{accountId}"))))
                .withMessageContaining("/v1/accounts/{id}").withMessageContaining("/v1/accounts/{accountId}");
    }

    @Test
    void aRestParameterTakesTheRestOfThePathDecodedSegmentBySegment() {
        HttpRoute files = route("GET", "/files/{path...}");
        RouteTable withFiles = new RouteTable(List.of(files, HEALTH));

        assertThat(withFiles.match("GET", "/files/a/b%20c/d.js").pathParams()).isEqualTo(Map.of("path", "a/b c/d.js"));
        assertThat(withFiles.match("GET", "/files/index.html").pathParams()).isEqualTo(Map.of("path", "index.html"));
        assertThat(withFiles.match("GET", "/files/").pathParams()).isEqualTo(Map.of("path", ""));
        assertThat(withFiles.match("GET", "/files").pathParams()).isEqualTo(Map.of("path", ""));
        assertThat(withFiles.match("HEAD", "/files/a").route()).isSameAs(files);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/files//a", "/files/a//b", "/filesx/a", "/other/files/a"})
    void aRestParameterTakesNoEmptySegmentAndNoOtherPrefix(String path) {
        RouteTable withFiles = new RouteTable(List.of(route("GET", "/files/{path...}")));

        assertThatThrownBy(() -> withFiles.match("GET", path))
                .isInstanceOfSatisfying(WebRequestException.class,
                        refused -> assertThat(refused.status()).isEqualTo(404));
    }

    /** An encoded slash would let one file be named by two paths, and smuggle a separator past a segment check. */
    @ParameterizedTest
    @ValueSource(strings = {"/files/a%2Fb", "/files/..%2f..%2fsecret"})
    void anEncodedSlashInTheRestIsABadRequest(String path) {
        RouteTable withFiles = new RouteTable(List.of(route("GET", "/files/{path...}")));

        assertThatThrownBy(() -> withFiles.match("GET", path))
                .isInstanceOfSatisfying(WebRequestException.class,
                        refused -> assertThat(refused.status()).isEqualTo(400));
    }

    @Test
    void everyOtherRouteWinsOverTheRestWhateverTheOrder() {
        HttpRoute all = route("GET", "/{path...}");
        HttpRoute root = route("GET", "/");
        HttpRoute files = route("GET", "/files/{path...}");
        HttpRoute named = route("GET", "/files/{name}");
        HttpRoute readme = route("GET", "/files/readme");
        RouteTable layered = new RouteTable(List.of(all, files, named, readme, root, HEALTH));

        assertThat(layered.match("GET", "/").route()).isSameAs(root);
        assertThat(layered.match("GET", "/health").route()).isSameAs(HEALTH);
        assertThat(layered.match("GET", "/healthz").route()).isSameAs(all);
        assertThat(layered.match("GET", "/files").route()).isSameAs(files);
        assertThat(layered.match("GET", "/files/readme").route()).isSameAs(readme);
        assertThat(layered.match("GET", "/files/other").route()).isSameAs(named);
        assertThat(layered.match("GET", "/files/a/b").route()).isSameAs(files);
        assertThat(layered.match("GET", "/x/y").pathParams()).isEqualTo(Map.of("path", "x/y"));
    }

    @Test
    void twoRestRoutesOfOnePrefixAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RouteTable(List.of(route("GET", "/files/{path...}"),
                route("GET", "/files/{file...}"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"health", "/a/{id}/{id}", "/a/{}", "/a/x{id}", "/a//b", "/a/{1d}", "/a/{rest...}/b",
            "/a/{rest..}", "/a/{...}"})
    void aMalformedRoutePathIsRefused(String path) {
        assertThatIllegalArgumentException().isThrownBy(() -> route("GET", path));
    }

    private static HttpRoute route(String method, String path) {
        return new HttpRoute(method, path, 0, request -> HttpResponse.of(200, "text/plain", new byte[0]));
    }
}
