package org.lacrima.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import org.lacrima.app.store.TextFields;
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
    private final long quotaBytes;
    private final AuditTrail audit;

    UploadRoutes(SignInGuard guard, ContentStore content, AnalysisWorker worker, long maxUploadBytes, long quotaBytes,
                 AuditTrail audit) {
        this.guard = guard;
        this.content = content;
        this.worker = worker;
        this.maxUploadBytes = maxUploadBytes;
        this.quotaBytes = quotaBytes;
        this.audit = audit;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/clients/{clientId}/sessions", this::upload);
        routes.post("/api/clients/{clientId}/refused-uploads", this::reportRefused);
    }

    /**
     * Reads and drops a body of at most the upload limit before an early refusal. Refused unread, the body is still on
     * its way when the server answers and closes the connection, and the sender sees a broken connection (a reset in the
     * browser) instead of the answer; a body over the limit is refused unread, as a body that size must be.
     */
    private void discardWithinLimit(Context ctx, long declaredBytes) throws IOException {
        if (declaredBytes < 0 || declaredBytes > maxUploadBytes + WebServer.FORM_FIELDS_ALLOWANCE_BYTES) {
            return;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** A file the page refused to send because of its size, reported so the refusal shows in the list. */
    record RefusedFile(String fileName, long sizeBytes) {
    }

    private void upload(Context ctx) throws IOException {
        Clinic.ClinicianScope scope = guard.scope(ctx);
        String clientId = ctx.pathParam("clientId");
        long declaredBytes = ctx.contentLength();
        if (scope.clients().find(clientId).isEmpty()) {
            discardWithinLimit(ctx, declaredBytes);
            throw ClientRoutes.noSuchClient();
        }
        if (!ctx.isMultipartFormData()) {
            discardWithinLimit(ctx, declaredBytes);
            throw new BadRequestResponse("send the recording as multipart/form-data (field 'recording')");
        }
        long quotaLeft = quotaBytes - scope.sessions().storedBytes();
        if (quotaLeft <= 0 || declaredBytes - WebServer.FORM_FIELDS_ALLOWANCE_BYTES > quotaLeft) {
            discardWithinLimit(ctx, declaredBytes);
            throw overQuota(declaredBytes - WebServer.FORM_FIELDS_ALLOWANCE_BYTES, quotaLeft);
        }
        if (declaredBytes > maxUploadBytes + WebServer.FORM_FIELDS_ALLOWANCE_BYTES) {
            // Refused while streaming: only the part headers are read, never the file content.
            String name = MultipartPreamble.fileName(ctx.req().getInputStream(), "recording").orElse(null);
            throw refuse(scope, clientId, name, declaredBytes);
        }
        List<UploadedFile> recordings;
        try {
            recordings = nonEmpty(ctx.uploadedFiles("recording"));
        } catch (Exception e) {
            // The servlet container stops a part at the limit before it is spooled whole; its name is lost with it.
            if (WebServer.isTooLarge(e)) {
                throw refuse(scope, clientId, null, declaredBytes);
            }
            throw e;
        }
        if (recordings.isEmpty()) {
            throw new BadRequestResponse("please choose a recording file");
        }
        recordings.forEach(f -> TextFields.clean(f.filename()));
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
            SessionRecords.NewFile stored = store(scope, clientId, f, SessionFile.RECORDING, remaining, quotaLeft);
            remaining -= stored.sizeBytes();
            quotaLeft -= stored.sizeBytes();
            files.add(stored);
        }
        for (UploadedFile f : nonEmpty(ctx.uploadedFiles("events"))) {
            TextFields.clean(f.filename());
            files.add(store(scope, clientId, f, SessionFile.EVENTS, remaining, quotaLeft));
        }
        SessionRecords.Created created = scope.sessions()
                .create(clientId, session, files, AnalysisSettings.defaults().toJson())
                .orElseThrow(ClientRoutes::noSuchClient);
        worker.wake();
        audit.record(ctx, "uploaded", "session", created.session().id(), files.size() + " file(s), "
                + files.stream().mapToLong(SessionRecords.NewFile::sizeBytes).sum() + " bytes");
        ctx.status(HttpStatus.CREATED).json(Map.of("session", created.session(), "job", JobView.of(created.job())));
    }

    private void reportRefused(Context ctx) {
        Clinic.ClinicianScope scope = guard.scope(ctx);
        String clientId = ctx.pathParam("clientId");
        scope.clients().find(clientId).orElseThrow(ClientRoutes::noSuchClient);
        RefusedFile file = JsonBody.of(ctx, RefusedFile.class);
        String name = text(file.fileName());
        if (name == null || name.length() > 255) {
            throw new BadRequestResponse("name the refused file (at most 255 characters)");
        }
        if (file.sizeBytes() <= maxUploadBytes) {
            throw new BadRequestResponse(name + " is within the upload limit; upload it instead");
        }
        SessionRecords.Created created = record(scope, clientId, name, reason(name, file.sizeBytes(), maxUploadBytes));
        ctx.status(HttpStatus.CREATED).json(Map.of("session", created.session(), "job", JobView.of(created.job())));
    }

    private SessionRecords.NewFile store(Clinic.ClinicianScope scope, String clientId, UploadedFile f, String role,
                                         long maxBytes, long quotaLeft) throws IOException {
        try (InputStream in = f.content()) {
            ContentStore.StoredContent stored = content.put(in, Math.min(maxBytes, quotaLeft));
            return new SessionRecords.NewFile(role, TextFields.clean(f.filename()), stored.sha256(), stored.sizeBytes());
        } catch (ContentStore.ContentTooLargeException e) {
            if (quotaLeft < maxBytes) {
                throw overQuota(f.size(), quotaLeft);
            }
            // Over the limit on its own, or together with the files before it (then it is the upload as a whole).
            boolean alone = maxBytes == maxUploadBytes;
            long total = f.size() < 0 ? -1 : maxUploadBytes - maxBytes + f.size();
            throw refuse(scope, clientId, alone ? f.filename() : null, total);
        }
    }

    /**
     * Leaves a session without files and a failed job saying why, then answers 413 with the same reason.
     *
     * @param sizeBytes what the client declared (negative if unknown)
     */
    private ContentTooLargeResponse refuse(Clinic.ClinicianScope scope, String clientId, String fileName,
                                           long sizeBytes) {
        String reason = reason(fileName, sizeBytes, maxUploadBytes);
        record(scope, clientId, fileName == null ? "refused upload" : fileName, reason);
        return new ContentTooLargeResponse(reason, Map.of());
    }

    private static SessionRecords.Created record(Clinic.ClinicianScope scope, String clientId, String title,
                                                 String reason) {
        NewSession session = new NewSession(title, null, null, null, null, null);
        return scope.sessions().createRefused(clientId, session, AnalysisSettings.defaults().toJson(), reason)
                .orElseThrow(ClientRoutes::noSuchClient);
    }

    /** 413 saying the account's storage quota would be exceeded; nothing of the upload is kept. */
    private ContentTooLargeResponse overQuota(long uploadBytes, long quotaLeft) {
        long used = quotaBytes - Math.max(0, quotaLeft);
        return new ContentTooLargeResponse("storage quota reached: this account holds " + megabytes(used) + " of its "
                + megabytes(quotaBytes) + (uploadBytes > 0 ? " and the upload has " + megabytes(uploadBytes) : "")
                + "; nothing was stored. Delete sessions you no longer need or ask the administrator for a "
                + "larger quota", Map.of());
    }

    static ContentTooLargeResponse tooLarge(long maxBytes) {
        return new ContentTooLargeResponse(reason(null, -1, maxBytes), Map.of());
    }

    /** E.g. "file.edf: 312 MB is larger than the limit of 200 MB; nothing was stored". */
    static String reason(String fileName, long sizeBytes, long maxBytes) {
        return (fileName == null ? "the upload" : fileName) + (sizeBytes >= 0 ? ": " + megabytes(sizeBytes) : "")
                + " is larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB; nothing was stored";
    }

    private static String megabytes(long bytes) {
        // Rounded up, so a file just over the limit never reads as equal to it.
        double tenths = Math.ceil(bytes / (1024.0 * 1024.0) * 10);
        return (tenths >= 1000 ? String.valueOf((long) Math.ceil(tenths / 10))
                : String.format(java.util.Locale.ROOT, "%.1f", tenths / 10)) + " MB";
    }

    private static List<UploadedFile> nonEmpty(List<UploadedFile> files) {
        // A browser sends an empty part for a file input left blank.
        return files.stream().filter(f -> f.filename() != null && !f.filename().isBlank()).toList();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : TextFields.clean(value).strip();
    }

    /** A clinician's session date: null when blank, else a real ISO day. */
    static String date(String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return java.time.LocalDate.parse(v).toString();
            }
        } catch (java.time.format.DateTimeParseException e) {
            // falls through to the one message below
        }
        throw new BadRequestResponse("the session date must be a real day written like 2026-03-14");
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
