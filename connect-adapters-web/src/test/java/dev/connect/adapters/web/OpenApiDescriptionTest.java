package dev.connect.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.connect.adapters.web.contract.FakeUseCases;
import dev.connect.adapters.web.json.JsonCodec;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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

        Set<String> served = ConnectWebServer.routes(new FakeUseCases().dependencies(), new JsonCodec()).stream()
                // OpenAPI has no rest-of-the-path parameter: {path...} is described as {path}
                .map(route -> route.method() + " " + route.path().replace("...}", "}"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(described).isEqualTo(served);
    }
}
