package dev.connect.adapters.web.http;

/**
 * Answers one request. May throw: a domain failure or a {@link dev.connect.adapters.web.problem.WebRequestException}
 * becomes a problem+json answer through the one mapping in {@link dev.connect.adapters.web.problem.ProblemMapper}.
 */
@FunctionalInterface
public interface HttpHandler {

    HttpResponse handle(HttpRequest request);
}
