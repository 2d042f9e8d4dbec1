package org.lacrima.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.Optional;
import org.lacrima.app.store.Accounts;
import org.lacrima.app.store.Clinician;
import org.lacrima.app.store.SignedIn;

/** Sign-up, sign-in, sign-out and "who am I" (which also hands the page its CSRF token). */
final class AccountRoutes {
    private final Accounts accounts;
    private final SignInThrottle throttle;

    AccountRoutes(Accounts accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/signup", this::signUp);
        routes.post("/api/signin", this::signIn);
        routes.post("/api/signout", this::signOut);
        routes.get("/api/me", this::me);
    }

    record Credentials(String email, String password, String displayName) {
    }

    record Me(String id, String email, String displayName, String csrfToken) {
        static Me of(SignedIn s) {
            Clinician c = s.clinician();
            return new Me(c.id(), c.email(), c.displayName(), s.csrfToken());
        }
    }

    private void signUp(Context ctx) {
        Credentials body = ctx.bodyAsClass(Credentials.class);
        Clinician clinician = accounts.signUp(body.email(), body.displayName(), body.password())
                .orElseThrow(() -> new ConflictResponse("an account with this email already exists"));
        startSession(ctx, clinician);
        ctx.status(HttpStatus.CREATED);
    }

    private void signIn(Context ctx) {
        Credentials body = ctx.bodyAsClass(Credentials.class);
        if (!throttle.allows(body.email())) {
            throw new TooManyRequestsResponse("too many failed sign-ins for this email; try again in "
                    + SignInThrottle.WINDOW_MINUTES + " minutes", java.util.Map.of());
        }
        Optional<Clinician> clinician = accounts.authenticate(body.email(), body.password());
        if (clinician.isEmpty()) {
            throttle.failed(body.email());
            throw new UnauthorizedResponse("email or password not recognised");
        }
        throttle.succeeded(body.email());
        startSession(ctx, clinician.get());
    }

    private void startSession(Context ctx, Clinician clinician) {
        // A fresh token on every sign-in (no session fixation); the old one, if any, is closed.
        String old = ctx.cookie(SignInGuard.COOKIE);
        if (old != null) {
            accounts.closeSession(old);
        }
        String token = accounts.openSession(clinician);
        ctx.header("Set-Cookie", SignInGuard.COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200"
                + (ctx.scheme().equals("https") ? "; Secure" : ""));
        ctx.json(Me.of(accounts.signedIn(token).orElseThrow()));
    }

    private void signOut(Context ctx) {
        accounts.closeSession(ctx.cookie(SignInGuard.COOKIE));
        ctx.header("Set-Cookie", SignInGuard.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void me(Context ctx) {
        ctx.json(Me.of(SignInGuard.signedIn(ctx)));
    }
}
