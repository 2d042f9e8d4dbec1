package org.lacrima.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lacrima.app.store.Client;
import org.lacrima.app.store.Clinic;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.SessionFile;
import org.lacrima.app.store.TherapySession;

/**
 * One client's data as a zip, for a data-access request: {@code client.json} (the client and the list
 * of sessions), and per session a folder with {@code session.json}, {@code events.json}, the current
 * {@code analysis.json} and the original uploads under {@code files/}. Streamed: nothing is held whole.
 */
final class ClientExport {
    private final ContentStore content;

    ClientExport(ContentStore content) {
        this.content = content;
    }

    record ClientFile(Client client, List<TherapySession> sessions) {
    }

    void write(Context ctx, Clinic.ClinicianScope scope, Client client) throws IOException {
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"client-" + safe(client.code()) + ".zip\"");
        List<TherapySession> sessions = scope.sessions().ofClient(client.id());
        try (OutputStream raw = ctx.outputStream(); ZipOutputStream zip = new ZipOutputStream(raw)) {
            json(ctx, zip, "client.json", new ClientFile(client, sessions));
            Set<String> folders = new HashSet<>();
            int n = 0;
            for (TherapySession s : sessions) {
                String folder = unique(folders, "sessions/" + String.format("%03d", ++n) + "-" + safe(s.title())) + "/";
                json(ctx, zip, folder + "session.json", s);
                json(ctx, zip, folder + "events.json", scope.events().ofSession(s.id()));
                var analysis = scope.analyses().current(s.id());
                if (analysis.isPresent()) {
                    entry(zip, folder + "analysis.json", analysis.get().documentJson().getBytes(StandardCharsets.UTF_8));
                }
                Set<String> names = new HashSet<>();
                for (SessionFile f : scope.sessions().files(s.id())) {
                    zip.putNextEntry(new ZipEntry(unique(names, folder + "files/" + safe(f.fileName()))));
                    try (InputStream in = content.open(f.sha256())) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        }
    }

    private static void json(Context ctx, ZipOutputStream zip, String name, Object value) throws IOException {
        entry(zip, name, ctx.jsonMapper().toJsonString(value, value.getClass()).getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** A name that is one plain path element, so the zip unpacks where the user expects and nowhere else. */
    static String safe(String name) {
        String s = name == null ? "" : name.replaceAll("[^A-Za-z0-9._+-]", "_").replaceAll("^\\.+", "_");
        return s.isEmpty() ? "unnamed" : s.length() > 80 ? s.substring(0, 80) : s;
    }

    private static String unique(Set<String> taken, String name) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = name + "-" + i;
        }
        return candidate;
    }
}
