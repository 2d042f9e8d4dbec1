package org.lacrima.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.lacrima.app.store.SessionEvent;

/** Events a clinician marks on a session (an intervention, a topic). */
final class EventRoutes {
    private final SignInGuard guard;
    private final AuditTrail audit;

    EventRoutes(SignInGuard guard, AuditTrail audit) {
        this.guard = guard;
        this.audit = audit;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/sessions/{sessionId}/events", this::list);
        routes.post("/api/sessions/{sessionId}/events", this::add);
        routes.put("/api/sessions/{sessionId}/events/{eventId}", this::update);
        routes.delete("/api/sessions/{sessionId}/events/{eventId}", this::delete);
    }

    record EventBody(Double onsetSec, Double durationSec, String kind, String label) {
        double duration() {
            return durationSec == null ? 0 : durationSec;
        }

        double onset() {
            if (onsetSec == null) {
                throw new IllegalArgumentException("the event needs a time (onsetSec)");
            }
            return onsetSec;
        }
    }

    private void list(Context ctx) {
        String sessionId = ctx.pathParam("sessionId");
        guard.scope(ctx).sessions().find(sessionId).orElseThrow(SessionRoutes::noSuchSession);
        ctx.json(guard.scope(ctx).events().ofSession(sessionId));
    }

    private void add(Context ctx) {
        EventBody b = JsonBody.of(ctx, EventBody.class);
        SessionEvent e = guard.scope(ctx).events()
                .add(ctx.pathParam("sessionId"), b.onset(), b.duration(), b.kind(), b.label())
                .orElseThrow(SessionRoutes::noSuchSession);
        audit.record(ctx, "changed", "session", ctx.pathParam("sessionId"), "event added");
        ctx.status(HttpStatus.CREATED).json(e);
    }

    private void update(Context ctx) {
        EventBody b = JsonBody.of(ctx, EventBody.class);
        SessionEvent e = guard.scope(ctx).events()
                .update(ctx.pathParam("sessionId"), ctx.pathParam("eventId"), b.onset(), b.duration(), b.kind(),
                        b.label())
                .orElseThrow(() -> new NotFoundResponse("no such event"));
        audit.record(ctx, "changed", "session", ctx.pathParam("sessionId"), "event changed");
        ctx.json(e);
    }

    private void delete(Context ctx) {
        if (!guard.scope(ctx).events().delete(ctx.pathParam("sessionId"), ctx.pathParam("eventId"))) {
            throw new NotFoundResponse("no such event");
        }
        audit.record(ctx, "changed", "session", ctx.pathParam("sessionId"), "event deleted");
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
