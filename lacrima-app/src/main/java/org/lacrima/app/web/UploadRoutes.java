package org.lacrima.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lacrima.app.jobs.AnalysisSettings;
import org.lacrima.app.jobs.AnalysisWorker;
import org.lacrima.app.store.Clinic;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.NewSession;
import org.lacrima.app.store.SessionFile;
import org.lacrima.app.store.SessionRecords;
import org.lacrima.io.RecordingFormat;

/**
 * Upload of a session recording (multipart form). The bytes are hashed and forced to disk in the
 * content store, then the session, its files and its analysis job are recorded in one transaction;
 * only then does the request return. Reading the recording happens later, in the queue.
 */
final class UploadRoutes {
    private final SignInGuard guard;
    private final ContentStore content;
    private final AnalysisWorker worker;
    private final long maxUploadBytes;

    UploadRoutes(SignInGuard guard, ContentStore content, AnalysisWorker worker, long maxUploadBytes) {
        this.guard = guard;
        this.content = content;
        this.worker = worker;
        this.maxUploadBytes = maxUploadBytes;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/clients/{clientId}/sessions", this::upload);
    }

    private void upload(Context ctx) throws IOException {
        Clinic.ClinicianScope scope = guard.scope(ctx);
        String clientId = ctx.pathParam("clientId");
        scope.clients().find(clientId).orElseThrow(ClientRoutes::noSuchClient);
        if (ctx.contentLength() > maxUploadBytes + WebServer.FORM_FIELDS_ALLOWANCE_BYTES) {
            throw tooLarge(maxUploadBytes);
        }
        if (!ctx.isMultipartFormData()) {
            throw new BadRequestResponse("send the recording as multipart/form-data (field 'recording')");
        }
        List<UploadedFile> recordings = nonEmpty(ctx.uploadedFiles("recording"));
        if (recordings.isEmpty()) {
            throw new BadRequestResponse("please choose a recording file");
        }
        // Every field is checked before any byte is stored.
        String title = text(ctx.formParam("title"));
        String format = text(ctx.formParam("format"));
        if (format != null) {
            RecordingFormat.parse(format);
        }
        NewSession session = new NewSession(title == null ? recordings.get(0).filename() : title,
                date(ctx.formParam("recordedOn")), format, text(ctx.formParam("notes")),
                distress(ctx.formParam("distressBefore"), "before"), distress(ctx.formParam("distressAfter"), "after"));
        List<SessionRecords.NewFile> files = new ArrayList<>();
        long remaining = maxUploadBytes;
        for (UploadedFile f : recordings) {
            SessionRecords.NewFile stored = store(f, SessionFile.RECORDING, remaining);
            remaining -= stored.sizeBytes();
            files.add(stored);
        }
        for (UploadedFile f : nonEmpty(ctx.uploadedFiles("events"))) {
            files.add(store(f, SessionFile.EVENTS, remaining));
        }
        SessionRecords.Created created = scope.sessions()
                .create(clientId, session, files, AnalysisSettings.defaults().toJson())
                .orElseThrow(ClientRoutes::noSuchClient);
        worker.wake();
        ctx.status(HttpStatus.CREATED).json(Map.of("session", created.session(), "job", JobView.of(created.job())));
    }

    private SessionRecords.NewFile store(UploadedFile f, String role, long maxBytes) throws IOException {
        try (InputStream in = f.content()) {
            ContentStore.StoredContent stored = content.put(in, maxBytes);
            return new SessionRecords.NewFile(role, f.filename(), stored.sha256(), stored.sizeBytes());
        } catch (ContentStore.ContentTooLargeException e) {
            throw tooLarge(maxUploadBytes);
        }
    }

    static ContentTooLargeResponse tooLarge(long maxBytes) {
        return new ContentTooLargeResponse("the upload is larger than the limit of " + (maxBytes / (1024 * 1024))
                + " MB; nothing was stored", Map.of());
    }

    private static List<UploadedFile> nonEmpty(List<UploadedFile> files) {
        // A browser sends an empty part for a file input left blank.
        return files.stream().filter(f -> f.filename() != null && !f.filename().isBlank()).toList();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String date(String value) {
        String v = text(value);
        if (v != null && !v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new BadRequestResponse("the session date must look like 2026-03-14");
        }
        return v;
    }

    private static Integer distress(String value, String when) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("distress " + when + " must be a whole number from 0 to 10");
        }
    }
}
