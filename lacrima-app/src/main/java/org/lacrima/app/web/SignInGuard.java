package org.lacrima.app.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.lacrima.app.store.Accounts;
import org.lacrima.app.store.Clinic;
import org.lacrima.app.store.SignedIn;

/**
 * Runs before every API request: finds the server-side sign-in behind the cookie, refuses
 * state-changing requests from other origins, and checks the CSRF token (synchronizer pattern: the
 * token lives with the sign-in on the server and the page sends it in {@value #CSRF_HEADER}).
 */
final class SignInGuard {
    static final String COOKIE = "lacrima_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SIGNED_IN = "lacrima.signedIn";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
    /** Reachable without signing in. */
    private static final String HEALTH = "/api/health";
    private static final Set<String> OPEN = Set.of("/api/signup", "/api/signin", HEALTH);

    private final Accounts accounts;
    private final Clinic clinic;

    SignInGuard(Clinic clinic) {
        this.clinic = clinic;
        this.accounts = clinic.accounts();
    }

    void check(Context ctx) {
        if (ctx.path().equals(HEALTH)) {
            return; // answers even when the database, which holds the sign-ins, is away
        }
        boolean changesState = !SAFE.contains(ctx.method());
        if (changesState) {
            requireSameOrigin(ctx);
        }
        Optional<SignedIn> signedIn = accounts.signedIn(ctx.cookie(COOKIE));
        signedIn.ifPresent(s -> ctx.attribute(SIGNED_IN, s));
        if (OPEN.contains(ctx.path())) {
            if (changesState && !ctx.isJson()) {
                // A cross-site form cannot send application/json without a CORS preflight we never grant.
                throw new ForbiddenResponse("send the request as application/json");
            }
            return;
        }
        if (signedIn.isEmpty()) {
            throw new UnauthorizedResponse("please sign in");
        }
        if (changesState && !sameSecret(signedIn.get().csrfToken(), ctx.header(CSRF_HEADER))) {
            throw new ForbiddenResponse("missing or wrong CSRF token; reload the page");
        }
    }

    /** The clinician of this request (only after {@link #check}). */
    static SignedIn signedIn(Context ctx) {
        SignedIn s = ctx.attribute(SIGNED_IN);
        if (s == null) {
            throw new UnauthorizedResponse("please sign in");
        }
        return s;
    }

    /** What this request's clinician may see and change. */
    Clinic.ClinicianScope scope(Context ctx) {
        return clinic.scopedTo(signedIn(ctx).clinician());
    }

    private static void requireSameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return; // not a browser (curl, scripts): the CSRF token still applies once signed in
        }
        if (!isSameOrigin(origin, ctx.header("Host"))) {
            throw new ForbiddenResponse("cross-origin request refused");
        }
    }

    /**
     * Whether a browser's {@code Origin} names the host the request was sent to; an unparseable origin
     * is a foreign one. Shared by the HTTP routes and the live-session socket.
     */
    static boolean isSameOrigin(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean sameSecret(String expected, String given) {
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
