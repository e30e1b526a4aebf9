package dev.connect.adapters.web.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;

/**
 * Checks one exchange of the contract suite against the API's one description, {@code openapi.yaml}, with Atlassian's
 * swagger-request-validator: every answer must be described (its status, its headers, its body field by field, with
 * no member the description lacks), and a request the server accepted (2xx) must be one the description allows. A
 * request the server refused may break the description: that is usually what the test sends it for.
 *
 * <p>An exchange on a path or method the description does not have (the 404 of an unknown path, a 405, a CORS
 * preflight) cannot be matched to an operation; its answer must still be a described problem, or the empty 204 of a
 * preflight.
 *
 * <p>OpenAPI 3.0 has no parameter for the rest of a path ({@code GET /examples/{path...}}): the description marks such a
 * parameter {@code x-rest-of-path}, and the rest of a request's path is folded into that one segment (its slashes
 * encoded) before it is matched, so that {@code /examples/react/app.js} is {@code /examples/{path}} with
 * {@code path = react/app.js}.
 */
final class OpenApiExchanges {

    /** Keys of the validator's messages that say the exchange matched no described operation. */
    private static final Set<String> UNDESCRIBED = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private static final Set<String> DESCRIBABLE_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE",
            "OPTIONS", "TRACE");
    /** An authentication scheme is case-insensitive (RFC 9110, 11.1); the validator compares it as written. */
    private static final java.util.regex.Pattern BEARER = java.util.regex.Pattern.compile("(?i)^bearer\\s+");

    private static final String YAML = read("/openapi.yaml");
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(YAML)
            // the description's server is relative to where it is served; the suite serves it at the root
            .withBasePathOverride("/")
            // a member the description lacks is drift: never tolerated, whatever the library's default
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                    .withLevel("validation.response.body.unexpected", ValidationReport.Level.ERROR)
                    .build())
            .build();
    private static final OpenAPI DESCRIPTION = new OpenAPIV3Parser().readContents(YAML).getOpenAPI();
    private static final SchemaValidator SCHEMAS = new SchemaValidator(DESCRIPTION, new MessageResolver());
    /** The paths up to a rest-of-path parameter, e.g. {@code /examples/}. */
    private static final List<String> REST_OF_PATH_PREFIXES = restOfPathPrefixes(DESCRIPTION);

    private OpenApiExchanges() {
    }

    /** @throws AssertionError naming every way the exchange departs from the description */
    static void check(HttpRequest request, HttpResponse<String> response) {
        check(request, new Answer(response.statusCode(), response.headers().map(), response.body(), null));
    }

    /** As {@link #check(HttpRequest, HttpResponse)}, for an answer read as bytes (a static file, binary or not). */
    static void checkBytes(HttpRequest request, HttpResponse<byte[]> response) {
        check(request, new Answer(response.statusCode(), response.headers().map(),
                new String(response.body(), StandardCharsets.UTF_8), response.body()));
    }

    /** An answer as the checks read it: {@code bytes} when it was read as such, else null. */
    private record Answer(int statusCode, java.util.Map<String, List<String>> headers, String body, byte[] bytes) {

        java.util.Optional<String> header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst();
        }
    }

    private static void check(HttpRequest request, Answer response) {
        boolean head = request.method().equals("HEAD");
        if (!DESCRIBABLE_METHODS.contains(request.method())) {
            checkUndescribed(request, response); // PROPFIND and friends: no description can have them
            return;
        }
        Request described = request(request, head);
        SimpleResponse answer = response(response, head);
        ValidationReport report = VALIDATOR.validate(described, answer);
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                // a HEAD answer is the GET answer without its body
                .filter(message -> !(head && message.getKey().equals("validation.response.body.missing")))
                .toList();
        if (errors.stream().anyMatch(message -> UNDESCRIBED.contains(message.getKey()))) {
            checkUndescribed(request, response);
            return;
        }
        boolean accepted = response.statusCode() / 100 == 2;
        List<ValidationReport.Message> departures = errors.stream()
                .filter(message -> accepted || !message.getKey().startsWith("validation.request."))
                .toList();
        if (!departures.isEmpty()) {
            throw new AssertionError(describe(request, response, departures));
        }
    }

    private static void checkUndescribed(HttpRequest request, Answer response) {
        List<String> departures = new ArrayList<>();
        if (response.header("X-Request-Id").isEmpty()) {
            departures.add("no X-Request-Id header");
        }
        boolean preflight = request.method().equals("OPTIONS") && response.statusCode() == 204;
        if (preflight) {
            if (!response.body().isEmpty()) {
                departures.add("a 204 with a body");
            }
        } else if (!response.header("Content-Type").orElse("").startsWith("application/problem+json")) {
            departures.add("an answer to an undescribed path or method that is not a problem");
        } else {
            Schema<?> problem = DESCRIPTION.getComponents().getSchemas().get("Problem");
            SCHEMAS.validate(response.body(), problem, "response.body").getMessages().stream()
                    .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(message -> departures.add(message.getKey() + ": " + message.getMessage()));
        }
        if (!departures.isEmpty()) {
            throw new AssertionError(request.method() + " " + request.uri().getRawPath() + " -> "
                    + response.statusCode() + " departs from openapi.yaml: " + departures + "\n" + response.body());
        }
    }

    private static Request request(HttpRequest request, boolean head) {
        URI uri = request.uri();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(head ? "GET" : request.method(),
                foldedRestOfPath(uri.getRawPath()));
        request.headers().map().forEach((name, values) -> builder.withHeader(name, name.equalsIgnoreCase("Authorization")
                ? values.stream().map(value -> BEARER.matcher(value).replaceFirst("Bearer ")).toList() : values));
        queryOf(uri).forEach(pair -> builder.withQueryParam(pair[0], pair[1]));
        byte[] body = bodyOf(request);
        if (body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static SimpleResponse response(Answer response, boolean head) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode());
        response.headers().forEach(builder::withHeader);
        if (!head && !response.body().isEmpty()) {
            if (response.bytes() != null) {
                builder.withBody(response.bytes());
            } else {
                builder.withBody(response.body());
            }
        }
        return builder.build();
    }

    /** {@code /examples/react/app.js} as {@code /examples/react%2Fapp.js}: the rest of the path as one segment. */
    static String foldedRestOfPath(String rawPath) {
        for (String prefix : REST_OF_PATH_PREFIXES) {
            if (rawPath.startsWith(prefix) && rawPath.length() > prefix.length()) {
                return prefix + rawPath.substring(prefix.length()).replace("/", "%2F");
            }
        }
        return rawPath;
    }

    private static List<String> restOfPathPrefixes(OpenAPI description) {
        List<String> prefixes = new ArrayList<>();
        description.getPaths().forEach((template, item) -> {
            List<io.swagger.v3.oas.models.parameters.Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) {
                parameters.addAll(item.getParameters());
            }
            item.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    parameters.addAll(operation.getParameters());
                }
            });
            for (var parameter : parameters) {
                boolean rest = parameter.getExtensions() != null
                        && Boolean.TRUE.equals(parameter.getExtensions().get("x-rest-of-path"));
                String last = "{" + parameter.getName() + "}";
                if (rest && "path".equals(parameter.getIn()) && template.endsWith("/" + last)) {
                    prefixes.add(template.substring(0, template.length() - last.length()));
                }
            }
        });
        return List.copyOf(prefixes);
    }

    private static List<String[]> queryOf(URI uri) {
        List<String[]> pairs = new ArrayList<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return pairs;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            pairs.add(new String[] {decode(equals < 0 ? pair : pair.substring(0, equals)),
                decode(equals < 0 ? "" : pair.substring(equals + 1))});
        }
        return pairs;
    }

    private static String decode(String text) {
        try {
            return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text; // a test sending a malformed escape on purpose: the server refuses it
        }
    }

    /** The bytes a request's body publisher sends: the JDK's publishers may be subscribed to again. */
    private static byte[] bodyOf(HttpRequest request) {
        if (request.bodyPublisher().isEmpty()) {
            return new byte[0];
        }
        CompletableFuture<byte[]> collected = new CompletableFuture<>();
        request.bodyPublisher().get().subscribe(new Flow.Subscriber<ByteBuffer>() {
            private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable failure) {
                collected.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                collected.complete(bytes.toByteArray());
            }
        });
        return collected.join();
    }

    private static String describe(HttpRequest request, Answer response,
                                   List<ValidationReport.Message> departures) {
        return request.method() + " " + request.uri().getRawPath() + " -> " + response.statusCode()
                + " departs from openapi.yaml:\n" + departures.stream()
                .map(message -> "  " + message.getKey() + ": " + message.getMessage())
                .collect(Collectors.joining("\n")) + "\n  answer: " + abbreviated(response.body());
    }

    private static String abbreviated(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }

    private static String read(String resource) {
        try (InputStream in = OpenApiExchanges.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the web adapter's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
