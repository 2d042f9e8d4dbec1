package org.lacrima.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import org.lacrima.app.export.fhir.FhirJson;
import org.lacrima.app.export.fhir.StoredAnalysisBundle;
import org.lacrima.app.store.Clinic;
import org.lacrima.app.store.Client;
import org.lacrima.app.store.StoredAnalysis;
import org.lacrima.app.store.TherapySession;

/**
 * {@code GET /api/sessions/{id}/fhir}: the session's current analysis as a FHIR R4 transaction Bundle,
 * for the clinician who owns the session only (the same scope as every session route).
 */
final class SessionFhirRoutes {
    private final SignInGuard guard;
    private final AuditTrail audit;

    SessionFhirRoutes(SignInGuard guard, AuditTrail audit) {
        this.guard = guard;
        this.audit = audit;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/sessions/{sessionId}/fhir", this::bundle);
    }

    private void bundle(Context ctx) throws IOException {
        Clinic.ClinicianScope scope = guard.scope(ctx);
        TherapySession s = SessionRoutes.session(scope, ctx);
        Client client = scope.clients().find(s.clientId()).orElseThrow(SessionRoutes::noSuchSession);
        StoredAnalysis a = SessionRoutes.currentAnalysis(scope, s);
        String source = s.title() == null || s.title().isBlank() ? "session " + s.id() : s.title();
        String json = FhirJson.encode(StoredAnalysisBundle.of(a.documentJson(), client.code(), source));
        ctx.header("Content-Disposition", "attachment; filename=\"session-" + s.id().replaceAll("[^A-Za-z0-9_-]", "_")
                + ".fhir.json\"");
        audit.record(ctx, "exported", "session", s.id(), "FHIR Bundle");
        ctx.contentType("application/fhir+json").result(json);
    }
}
