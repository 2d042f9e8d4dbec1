package org.lacrima.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.lacrima.app.store.Client;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.SessionHistory;
import org.lacrima.app.store.TherapySession;

/** Clients and their history across sessions. */
final class ClientRoutes {
    private final SignInGuard guard;
    private final AuditTrail audit;
    private final ContentStore content;
    private final ClientExport export;

    ClientRoutes(SignInGuard guard, AuditTrail audit, ContentStore content) {
        this.guard = guard;
        this.audit = audit;
        this.content = content;
        this.export = new ClientExport(content);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/clients", ctx -> ctx.json(guard.scope(ctx).clients().list()));
        routes.post("/api/clients", this::create);
        routes.get("/api/clients/{clientId}", this::detail);
        routes.patch("/api/clients/{clientId}", this::updateNote);
        routes.delete("/api/clients/{clientId}", this::delete);
        routes.get("/api/clients/{clientId}/export", this::export);
        routes.get("/api/clients/{clientId}/sessions", this::sessions);
        routes.get("/api/clients/{clientId}/history", this::history);
    }

    record NewClient(String code, String note) {
    }

    record ClientHistory(Client client, List<SessionHistory> sessions) {
    }

    private void create(Context ctx) {
        NewClient body = JsonBody.of(ctx, NewClient.class);
        Client client = guard.scope(ctx).clients().create(body.code(), body.note())
                .orElseThrow(() -> new ConflictResponse("you already have a client with code " + body.code()));
        audit.record(ctx, "created", "client", client.id(), client.code());
        ctx.status(HttpStatus.CREATED).json(client);
    }

    private void detail(Context ctx) {
        Client client = client(ctx);
        audit.record(ctx, "viewed", "client", client.id(), client.code());
        ctx.json(client);
    }

    private void updateNote(Context ctx) {
        NewClient body = JsonBody.of(ctx, NewClient.class);
        Client client = guard.scope(ctx).clients().updateNote(ctx.pathParam("clientId"), body.note())
                .orElseThrow(ClientRoutes::noSuchClient);
        audit.record(ctx, "changed", "client", client.id(), "note");
        ctx.json(client);
    }

    /** Deletes the client with all its sessions, analyses, events and the uploads nothing else uses. */
    private void delete(Context ctx) throws IOException {
        Client client = client(ctx);
        Set<String> orphans = guard.scope(ctx).deletions().client(client.id()).orElseThrow(ClientRoutes::noSuchClient);
        int removed = content.delete(orphans);
        audit.record(ctx, "deleted", "client", client.id(), client.code() + " with " + client.sessionCount()
                + " session(s); " + removed + " stored file(s) removed");
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void export(Context ctx) throws IOException {
        Client client = client(ctx);
        audit.record(ctx, "exported", "client", client.id(), client.code());
        export.write(ctx, guard.scope(ctx), client);
    }

    private void sessions(Context ctx) {
        Client client = client(ctx);
        List<TherapySession> sessions = guard.scope(ctx).sessions().ofClient(client.id());
        ctx.json(sessions);
    }

    private void history(Context ctx) {
        Client client = client(ctx);
        audit.record(ctx, "viewed", "client history", client.id(), client.code());
        ctx.json(new ClientHistory(client, guard.scope(ctx).analyses().history(client.id())));
    }

    private Client client(Context ctx) {
        return guard.scope(ctx).clients().find(ctx.pathParam("clientId")).orElseThrow(ClientRoutes::noSuchClient);
    }

    static NotFoundResponse noSuchClient() {
        return new NotFoundResponse("no such client");
    }
}
