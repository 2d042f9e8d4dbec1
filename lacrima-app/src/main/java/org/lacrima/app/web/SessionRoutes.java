package org.lacrima.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.List;
import org.lacrima.app.jobs.AnalysisSettings;
import org.lacrima.app.jobs.AnalysisWorker;
import org.lacrima.app.store.Client;
import org.lacrima.app.store.Clinic;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.Job;
import org.lacrima.app.store.SessionEvent;
import org.lacrima.app.store.SessionFile;
import org.lacrima.app.store.StoredAnalysis;
import org.lacrima.app.store.TherapySession;

/** A session: its details, notes, analysis, re-analysis and original files. */
final class SessionRoutes {
    private final SignInGuard guard;
    private final ContentStore content;
    private final AnalysisWorker worker;
    private final AuditTrail audit;

    SessionRoutes(SignInGuard guard, ContentStore content, AnalysisWorker worker, AuditTrail audit) {
        this.guard = guard;
        this.content = content;
        this.worker = worker;
        this.audit = audit;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/sessions/{sessionId}", this::detail);
        routes.patch("/api/sessions/{sessionId}", this::updateNotes);
        routes.put("/api/sessions/{sessionId}/date", this::redate);
        routes.delete("/api/sessions/{sessionId}", this::delete);
        routes.get("/api/sessions/{sessionId}/analysis", this::analysis);
        routes.post("/api/sessions/{sessionId}/analyze", this::reanalyse);
        routes.get("/api/sessions/{sessionId}/files/{fileId}", this::download);
    }

    record ClientRef(String id, String code) {
    }

    record AnalysisRef(String id, String jobId, AnalysisSettings settings, long createdAtMillis) {
        static AnalysisRef of(StoredAnalysis a) {
            return new AnalysisRef(a.id(), a.jobId(), AnalysisSettings.fromJson(a.settingsJson()), a.createdAtMillis());
        }
    }

    record SessionDetail(TherapySession session, ClientRef client, List<SessionFile> files, List<SessionEvent> events,
                         List<JobView> jobs, AnalysisRef analysis) {
    }

    record NotesBody(String title, String notes, Integer distressBefore, Integer distressAfter) {
    }

    private void detail(Context ctx) {
        Clinic.ClinicianScope scope = guard.scope(ctx);
        TherapySession s = session(ctx);
        Client client = scope.clients().find(s.clientId()).orElseThrow(SessionRoutes::noSuchSession);
        audit.record(ctx, "viewed", "session", s.id(), s.title());
        ctx.json(new SessionDetail(s, new ClientRef(client.id(), client.code()), scope.sessions().files(s.id()),
                scope.events().ofSession(s.id()),
                scope.jobs().ofSession(s.id()).stream().limit(10).map(JobView::of).toList(),
                scope.analyses().current(s.id()).map(AnalysisRef::of).orElse(null)));
    }

    record DateBody(String recordedOn) {
    }

    /** The clinician's own date for a session; null or blank goes back to the recording's start time. */
    private void redate(Context ctx) {
        String on = UploadRoutes.date(JsonBody.of(ctx, DateBody.class).recordedOn());
        TherapySession s = guard.scope(ctx).sessions().redate(ctx.pathParam("sessionId"), on)
                .orElseThrow(SessionRoutes::noSuchSession);
        audit.record(ctx, "changed", "session", s.id(), "date");
        ctx.json(s);
    }

    private void updateNotes(Context ctx) {
        NotesBody b = JsonBody.of(ctx, NotesBody.class);
        TherapySession s = guard.scope(ctx).sessions()
                .updateNotes(ctx.pathParam("sessionId"), b.title(), b.notes(), b.distressBefore(), b.distressAfter())
                .orElseThrow(SessionRoutes::noSuchSession);
        audit.record(ctx, "changed", "session", s.id(), "notes");
        ctx.json(s);
    }

    /** Deletes the session with its analyses, events and the uploads nothing else uses. */
    private void delete(Context ctx) throws IOException {
        TherapySession s = session(ctx);
        int removed = content.delete(guard.scope(ctx).deletions().session(s.id())
                .orElseThrow(SessionRoutes::noSuchSession));
        audit.record(ctx, "deleted", "session", s.id(), s.title() + "; " + removed + " stored file(s) removed");
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void analysis(Context ctx) {
        StoredAnalysis a = currentAnalysis(guard.scope(ctx), session(ctx));
        audit.record(ctx, "viewed", "analysis", a.id(), null);
        // Stored as JSON already: sent as is, not parsed and written again.
        ctx.contentType("application/json").result(a.documentJson());
    }

    private void reanalyse(Context ctx) {
        AnalysisSettings settings = ctx.body().isBlank() ? AnalysisSettings.defaults()
                : JsonBody.of(ctx, AnalysisSettings.class);
        Job job = guard.scope(ctx).sessions().reanalyse(ctx.pathParam("sessionId"), settings.toJson())
                .orElseThrow(SessionRoutes::noSuchSession);
        worker.wake();
        audit.record(ctx, "changed", "session", ctx.pathParam("sessionId"), "analysis queued again");
        ctx.status(HttpStatus.ACCEPTED).json(JobView.of(job));
    }

    private void download(Context ctx) throws IOException {
        SessionFile f = guard.scope(ctx).sessions().file(ctx.pathParam("sessionId"), ctx.pathParam("fileId"))
                .orElseThrow(() -> new NotFoundResponse("no such file"));
        ctx.contentType("application/octet-stream");
        ctx.header("Content-Disposition", "attachment; filename=\"" + f.fileName().replaceAll("[^A-Za-z0-9._+-]", "_")
                + "\"");
        ctx.header("X-Content-SHA256", f.sha256());
        audit.record(ctx, "downloaded", "file", f.id(), f.fileName());
        ctx.result(content.open(f.sha256()));
    }

    private TherapySession session(Context ctx) {
        return session(guard.scope(ctx), ctx);
    }

    /** The session the path names, when it is one of the signed-in clinician's ({@code scope}); else 404. */
    static TherapySession session(Clinic.ClinicianScope scope, Context ctx) {
        return scope.sessions().find(ctx.pathParam("sessionId")).orElseThrow(SessionRoutes::noSuchSession);
    }

    /** The session's current finished analysis; 404 while it has none. */
    static StoredAnalysis currentAnalysis(Clinic.ClinicianScope scope, TherapySession s) {
        return scope.analyses().current(s.id())
                .orElseThrow(() -> new NotFoundResponse("this session has no finished analysis yet"));
    }

    static NotFoundResponse noSuchSession() {
        return new NotFoundResponse("no such session");
    }
}
