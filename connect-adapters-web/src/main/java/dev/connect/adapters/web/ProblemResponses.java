package dev.connect.adapters.web;

import dev.connect.adapters.web.problem.Problem;
import dev.connect.adapters.web.problem.ProblemMapper;

import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.json.JsonCodec;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes any failure as an {@code application/problem+json} answer. */
public final class ProblemResponses {

    private final JsonCodec json;

    public ProblemResponses(JsonCodec json) {
        this.json = json;
    }

    public HttpResponse from(Throwable failure) {
        Problem problem = ProblemMapper.toProblem(failure);
        Map<String, String> headers = new LinkedHashMap<>(problem.headers());
        headers.put("Content-Type", Problem.MEDIA_TYPE);
        headers.put("Cache-Control", "no-store");
        return new HttpResponse(problem.status(), headers, json.write(problem));
    }
}
