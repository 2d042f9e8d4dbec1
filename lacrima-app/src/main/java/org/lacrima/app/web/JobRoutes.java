package org.lacrima.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;

/** Status of analysis jobs, for the pages' polling. */
final class JobRoutes {
    private final SignInGuard guard;

    JobRoutes(SignInGuard guard) {
        this.guard = guard;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/jobs", ctx -> ctx.json(guard.scope(ctx).jobs().active().stream().map(JobView::of).toList()));
        routes.get("/api/jobs/{jobId}", ctx -> ctx.json(guard.scope(ctx).jobs().find(ctx.pathParam("jobId"))
                .map(JobView::of).orElseThrow(() -> new NotFoundResponse("no such job"))));
    }
}
