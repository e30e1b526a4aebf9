package dev.connect.adapters.web.contract;

import static dev.connect.adapters.web.contract.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The description is served as YAML and JSON, and browsable at {@code /docs} with Swagger UI's files served by the API
 * itself: the page loads nothing from anywhere else, and says so in its Content-Security-Policy.
 */
public interface DocsContract extends HttpContractFixture {

    @Test
    default void theDescriptionIsServedAsYamlAndAsTheSameJson() {
        HttpResponse<String> yaml = client().send(client().request("/openapi.yaml").GET());
        HttpResponse<String> json = client().send(client().request("/openapi.json").GET());

        assertThat(yaml.headers().firstValue("Content-Type")).contains("application/yaml");
        assertThat(yaml.body()).startsWith("openapi: 3.0.3");
        assertThat(json.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(WebClient.json(json).get("openapi").asText()).isEqualTo("3.0.3");
        assertThat(WebClient.json(json).get("paths").has("/v1/connect-sessions")).isTrue();
    }

    @Test
    default void theDocsPageLoadsOnlyItsOwnAssets() {
        HttpResponse<String> page = client().send(client().request("/docs").GET());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'none'").contains("script-src 'self'")
                        .contains("connect-src 'self'"));
        assertThat(page.body()).contains("src=\"docs/swagger-ui-bundle.js\"").contains("href=\"docs/swagger-ui.css\"")
                .contains("content=\"openapi.json\"").doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    default void fromDocsWithASlashTheSameFilesAreFoundOneLevelUp() {
        HttpResponse<String> page = client().send(client().request("/docs/").GET());

        assertThat(page.body()).contains("src=\"swagger-ui-bundle.js\"").contains("content=\"../openapi.json\"");
    }

    @Test
    default void theAssetsAreServedAndNothingElseUnderDocs() {
        HttpResponse<String> bundle = client().send(client().request("/docs/swagger-ui-bundle.js").GET());
        HttpResponse<String> style = client().send(client().request("/docs/swagger-ui.css").GET());
        HttpResponse<String> starter = client().send(client().request("/docs/docs.js").GET());

        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/javascript"));
        assertThat(bundle.body()).contains("SwaggerUIBundle");
        assertThat(style.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/css"));
        assertThat(starter.body()).contains("SwaggerUIBundle(");
        assertProblem(client().send(client().request("/docs/openapi.yaml").GET()), 404, "not_found");
        assertProblem(client().send(client().request("/docs/index.html").GET()), 404, "not_found");
    }
}
