package dev.connect.adapters.web.http;

/** Writes any failure as a problem answer naming the request's id; never throws. */
@FunctionalInterface
public interface ProblemWriter {

    HttpResponse answer(Throwable failure, String requestId);
}
