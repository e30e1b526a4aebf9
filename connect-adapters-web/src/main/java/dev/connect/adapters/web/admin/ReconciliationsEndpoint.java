package dev.connect.adapters.web.admin;

import dev.connect.adapters.web.auth.OperatorAuthenticator;
import dev.connect.adapters.web.http.HttpRequest;
import dev.connect.adapters.web.http.HttpResponse;
import dev.connect.adapters.web.http.HttpRoute;
import dev.connect.adapters.web.json.JsonCodec;
import dev.connect.domain.model.account.ReconciliationReport;
import dev.connect.domain.port.in.account.ReconcileLinkedAccountsUseCase;
import java.time.Instant;

/**
 * {@code POST /v1/admin/reconciliations}: an operator runs a reconciliation now and gets its report. The body is
 * empty or {@code {}}. Authenticated with the operator API key only, never an end user's token. The run takes as long
 * as it takes at its share of StackOne's rate limit; a run already under way answers 409.
 */
public final class ReconciliationsEndpoint {

    public static final String PATH = "/v1/admin/reconciliations";
    private static final long MAX_BODY_BYTES = 1024;

    /** The report, as the operator API answers it. */
    public record ReportBody(int added, int updated, int deleted, int unchanged, Instant startedAt,
                             Instant finishedAt, boolean resumed) {

        static ReportBody of(ReconciliationReport report) {
            return new ReportBody(report.added(), report.updated(), report.deleted(), report.unchanged(),
                    report.startedAt(), report.finishedAt(), report.resumed());
        }
    }

    /** The request body: nothing to say yet, and an unknown field is refused. */
    record RunBody() {
    }

    private final ReconcileLinkedAccountsUseCase reconcile;
    private final OperatorAuthenticator operators;
    private final JsonCodec json;

    public ReconciliationsEndpoint(ReconcileLinkedAccountsUseCase reconcile, OperatorAuthenticator operators,
                                   JsonCodec json) {
        this.reconcile = reconcile;
        this.operators = operators;
        this.json = json;
    }

    public HttpRoute route() {
        return new HttpRoute("POST", PATH, MAX_BODY_BYTES, this::run);
    }

    HttpResponse run(HttpRequest request) {
        operators.authenticate(request.header("Authorization"));
        json.read(request, RunBody.class);
        return json.response(200, ReportBody.of(reconcile.reconcile())).withHeader("Cache-Control", "no-store");
    }
}
