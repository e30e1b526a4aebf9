package dev.connect.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.connect.adapters.web.contract.FakeUseCases;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.adapters.web.http.HttpRoute;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** openapi.yaml describes exactly the routes the server has, so a new route cannot ship undocumented. */
class OpenApiDescriptionTest {

    @Test
    void everyRouteIsDescribedAndEveryDescribedOperationExists() throws Exception {
        JsonNode description;
        try (InputStream yaml = ConnectWebServer.class.getResourceAsStream("/openapi.yaml")) {
            description = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        }
        Set<String> described = new TreeSet<>();
        description.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (!operation.getKey().equals("parameters")) {
                described.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));

        Set<String> served = new TreeSet<>();
        for (HttpRoute route : ConnectWebServer.routes(new FakeUseCases().dependencies(), new JsonCodec())) {
            Matcher rest = REST_OF_PATH.matcher(route.path());
            if (rest.matches()) {
                // OpenAPI 3.0 has no rest-of-the-path parameter: /examples/{path...} is described as /examples (the
                // empty rest: the index, or its redirect) and /examples/{path}, its parameter marked x-rest-of-path
                served.add(route.method() + " " + (rest.group(1).isEmpty() ? "/" : rest.group(1)));
                served.add(route.method() + " " + rest.group(1) + "/{" + rest.group(2) + "}");
                JsonNode parameter = parameterOf(description, rest.group(1) + "/{" + rest.group(2) + "}",
                        rest.group(2));
                assertThat(parameter.path("x-rest-of-path").asBoolean())
                        .as("{%s} of %s is marked x-rest-of-path", rest.group(2), route.path()).isTrue();
            } else {
                served.add(route.method() + " " + route.path());
            }
        }

        assertThat(described).isEqualTo(served);
    }

    private static final Pattern REST_OF_PATH = Pattern.compile("(.*)/\\{([A-Za-z][A-Za-z0-9_]*)\\.\\.\\.}");

    private static JsonNode parameterOf(JsonNode description, String path, String name) {
        JsonNode item = description.path("paths").path(path);
        List<JsonNode> parameters = new ArrayList<>();
        item.path("parameters").forEach(parameters::add);
        item.properties().forEach(operation -> operation.getValue().path("parameters").forEach(parameters::add));
        return parameters.stream().filter(parameter -> parameter.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " describes no parameter " + name));
    }
}
