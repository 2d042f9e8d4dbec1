package org.lacrima.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.lacrima.app.store.AuditLog;
import org.lacrima.app.store.Clinic;

/** Writes the signed-in clinician's audit entries, with the request's source address, and serves them. */
final class AuditTrail {
    private final SignInGuard guard;
    private final RequestSource source;

    AuditTrail(SignInGuard guard, RequestSource source) {
        this.guard = guard;
        this.source = source;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/audit", ctx -> ctx.json(guard.scope(ctx).audit().recent(AuditLog.PAGE)));
    }

    /** Records what the signed-in clinician just did (only after the action succeeded). */
    void record(Context ctx, String action, String targetType, String targetId, String detail) {
        Clinic.ClinicianScope scope = guard.scope(ctx);
        scope.audit().record(action, targetType, targetId, detail, source.address(ctx));
    }
}
