package org.lacrima.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.lacrima.app.store.Client;
import org.lacrima.app.store.SessionHistory;
import org.lacrima.app.store.TherapySession;

/** Clients and their history across sessions. */
final class ClientRoutes {
    private final SignInGuard guard;

    ClientRoutes(SignInGuard guard) {
        this.guard = guard;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/clients", ctx -> ctx.json(guard.scope(ctx).clients().list()));
        routes.post("/api/clients", this::create);
        routes.get("/api/clients/{clientId}", ctx -> ctx.json(client(ctx)));
        routes.patch("/api/clients/{clientId}", this::updateNote);
        routes.get("/api/clients/{clientId}/sessions", this::sessions);
        routes.get("/api/clients/{clientId}/history", this::history);
    }

    record NewClient(String code, String note) {
    }

    record ClientHistory(Client client, List<SessionHistory> sessions) {
    }

    private void create(Context ctx) {
        NewClient body = ctx.bodyAsClass(NewClient.class);
        Client client = guard.scope(ctx).clients().create(body.code(), body.note())
                .orElseThrow(() -> new ConflictResponse("you already have a client with code " + body.code()));
        ctx.status(HttpStatus.CREATED).json(client);
    }

    private void updateNote(Context ctx) {
        NewClient body = ctx.bodyAsClass(NewClient.class);
        ctx.json(guard.scope(ctx).clients().updateNote(ctx.pathParam("clientId"), body.note())
                .orElseThrow(ClientRoutes::noSuchClient));
    }

    private void sessions(Context ctx) {
        Client client = client(ctx);
        List<TherapySession> sessions = guard.scope(ctx).sessions().ofClient(client.id());
        ctx.json(sessions);
    }

    private void history(Context ctx) {
        Client client = client(ctx);
        ctx.json(new ClientHistory(client, guard.scope(ctx).analyses().history(client.id())));
    }

    private Client client(Context ctx) {
        return guard.scope(ctx).clients().find(ctx.pathParam("clientId")).orElseThrow(ClientRoutes::noSuchClient);
    }

    static NotFoundResponse noSuchClient() {
        return new NotFoundResponse("no such client");
    }
}
