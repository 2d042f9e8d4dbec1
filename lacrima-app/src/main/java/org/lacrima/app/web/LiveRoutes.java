package org.lacrima.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.websocket.WsCloseStatus;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lacrima.app.demo.DemoClinic;
import org.lacrima.app.live.LivePeer;
import org.lacrima.app.live.LiveSession;
import org.lacrima.app.live.LiveSessionRegistry;
import org.lacrima.app.store.Accounts;
import org.lacrima.app.store.Clinician;
import org.lacrima.app.store.LiveSessionRecord;
import org.lacrima.app.store.SignedIn;

/**
 * Live sessions over HTTP (start, look up, end) and the WebSocket that carries the stream and the
 * updates. The socket is signed in by the same cookie as the pages, refused from other origins, and
 * reaches only the signed-in clinician's live sessions.
 */
final class LiveRoutes {
    static final String SOCKET = "/api/live/{liveId}/ws";
    private static final Logger LOG = Logger.getLogger(LiveRoutes.class.getName());

    private final SignInGuard guard;
    private final Accounts accounts;
    private final LiveSessionRegistry registry;
    private final Map<WsContext, Peer> peers = new ConcurrentHashMap<>();

    LiveRoutes(SignInGuard guard, Accounts accounts, LiveSessionRegistry registry) {
        this.guard = guard;
        this.accounts = accounts;
        this.registry = registry;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/clients/{clientId}/live-sessions", this::start);
        routes.get("/api/clients/{clientId}/live-sessions", this::ofClient);
        routes.get("/api/live-sessions/{liveId}", this::detail);
        routes.post("/api/live-sessions/{liveId}/end", this::end);
        routes.post("/api/live-sessions/{liveId}/demo", this::demo);
        routes.wsBeforeUpgrade(SOCKET, ctx -> clinician(ctx.header("Origin"), ctx.header("Host"),
                ctx.cookie(SignInGuard.COOKIE)));
        routes.ws(SOCKET, this::socket);
    }

    record StartBody(String title) {
    }

    /** A live session as the API returns it, with the socket path to connect to. */
    record LiveView(String id, String clientId, String title, String state, long createdAtMillis, String sessionId,
                    String socketPath, boolean demo) {
        static LiveView of(LiveSessionRecord r, Clinician c) {
            return new LiveView(r.id(), r.clientId(), r.title(), r.state(), r.createdAtMillis(), r.sessionId(),
                    "/api/live/" + r.id() + "/ws", isDemo(c));
        }
    }

    /** The live demo is offered to the demo clinician of {@code serve --demo} only. */
    static boolean isDemo(Clinician c) {
        return DemoClinic.EMAIL.equals(c.email());
    }

    private void start(Context ctx) {
        StartBody body = ctx.body().isBlank() ? new StartBody(null) : ctx.bodyAsClass(StartBody.class);
        if (body.title() != null && body.title().length() > 200) {
            throw new IllegalArgumentException("the title is limited to 200 characters");
        }
        LiveSessionRecord r = registry.start(SignInGuard.signedIn(ctx).clinician(), ctx.pathParam("clientId"),
                body.title()).orElseThrow(ClientRoutes::noSuchClient);
        ctx.status(HttpStatus.CREATED).json(LiveView.of(r, SignInGuard.signedIn(ctx).clinician()));
    }

    private void ofClient(Context ctx) {
        String clientId = ctx.pathParam("clientId");
        guard.scope(ctx).clients().find(clientId).orElseThrow(ClientRoutes::noSuchClient);
        ctx.json(registry.records(SignInGuard.signedIn(ctx).clinician()).ofClient(clientId).stream()
                .map(r -> LiveView.of(r, SignInGuard.signedIn(ctx).clinician())).toList());
    }

    private void detail(Context ctx) {
        Clinician c = SignInGuard.signedIn(ctx).clinician();
        ctx.json(LiveView.of(registry.records(c).find(ctx.pathParam("liveId"))
                .orElseThrow(LiveRoutes::noSuchLiveSession), c));
    }

    private void end(Context ctx) throws IOException {
        LiveSessionRegistry.Ended ended;
        try {
            ended = registry.end(SignInGuard.signedIn(ctx).clinician(), ctx.pathParam("liveId"))
                    .orElseThrow(() -> new NotFoundResponse("no such live session, or it has ended"));
        } catch (IllegalStateException e) {
            throw new ConflictResponse(e.getMessage());
        }
        ctx.json(ended);
    }

    private void demo(Context ctx) throws IOException {
        Clinician c = SignInGuard.signedIn(ctx).clinician();
        if (!isDemo(c)) {
            throw new ForbiddenResponse("the live demo runs in the demo clinic (lacrima serve --demo)");
        }
        if (!registry.startDemo(c, ctx.pathParam("liveId"))) {
            throw noSuchLiveSession();
        }
        ctx.status(HttpStatus.ACCEPTED).json(Map.of("speed", 10));
    }

    private void socket(WsConfig ws) {
        ws.onConnect(ctx -> {
            Optional<LiveSession> session;
            try {
                Clinician clinician = clinician(ctx.header("Origin"), ctx.header("Host"),
                        ctx.cookie(SignInGuard.COOKIE));
                session = registry.open(clinician, ctx.pathParam("liveId"));
            } catch (UnauthorizedResponse | ForbiddenResponse e) {
                ctx.closeSession(WsCloseStatus.POLICY_VIOLATION, e.getMessage());
                return;
            }
            if (session.isEmpty()) {
                ctx.closeSession(WsCloseStatus.POLICY_VIOLATION, "no such live session, or it has ended");
                return;
            }
            ctx.enableAutomaticPings(15, TimeUnit.SECONDS);
            Peer peer = new Peer(ctx, session.get());
            peers.put(ctx, peer);
            session.get().join(peer);
        });
        ws.onMessage(ctx -> {
            Peer peer = peers.get(ctx);
            if (peer != null) {
                peer.session.onText(peer, ctx.message());
            }
        });
        ws.onBinaryMessage(ctx -> {
            Peer peer = peers.get(ctx);
            if (peer != null) {
                peer.session.onBinary(peer, ctx.data());
            }
        });
        ws.onClose(ctx -> leave(ctx));
        ws.onError(ctx -> {
            LOG.log(Level.FINE, "live socket error", ctx.error());
            leave(ctx);
        });
    }

    private void leave(WsContext ctx) {
        Peer peer = peers.remove(ctx);
        if (peer != null) {
            peer.session.leave(peer);
        }
    }

    /** The clinician behind the cookie; a browser's socket must come from this server's own pages. */
    private Clinician clinician(String origin, String host, String cookie) {
        if (origin != null && !SignInGuard.isSameOrigin(origin, host)) {
            throw new ForbiddenResponse("cross-origin socket refused");
        }
        return accounts.signedIn(cookie).map(SignedIn::clinician)
                .orElseThrow(() -> new UnauthorizedResponse("please sign in"));
    }

    static NotFoundResponse noSuchLiveSession() {
        return new NotFoundResponse("no such live session");
    }

    /** One socket; sends are serialised so updates and replies never interleave on the wire. */
    private static final class Peer implements LivePeer {
        private final WsContext ctx;
        private final LiveSession session;

        Peer(WsContext ctx, LiveSession session) {
            this.ctx = ctx;
            this.session = session;
        }

        @Override
        public synchronized void send(String json) {
            try {
                if (ctx.session.isOpen()) {
                    ctx.send(json);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "live socket send failed", e);
            }
        }
    }
}
