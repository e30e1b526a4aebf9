package dev.connect.adapters.web;

import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.ProblemWriter;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.adapters.web.problem.Problem;
import dev.connect.adapters.web.problem.ProblemMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes any failure as an {@code application/problem+json} answer. */
public final class ProblemResponses implements ProblemWriter {

    private final JsonCodec json;

    public ProblemResponses(JsonCodec json) {
        this.json = json;
    }

    @Override
    public HttpResponse answer(Throwable failure, String requestId) {
        Problem problem = ProblemMapper.toProblem(failure).withRequestId(requestId);
        Map<String, String> headers = new LinkedHashMap<>(problem.headers());
        headers.put("Content-Type", Problem.MEDIA_TYPE);
        headers.put("Cache-Control", "no-store");
        return new HttpResponse(problem.status(), headers, json.write(problem));
    }
}
