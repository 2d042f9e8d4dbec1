package org.lacrima.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnauthorizedResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.lacrima.app.store.Accounts;
import org.lacrima.app.store.Clinic;
import org.lacrima.app.store.Clinician;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.SignInFailures;
import org.lacrima.app.store.SignedIn;

/**
 * Sign-up (only when open), sign-in (throttled per email and source address), sign-out, "who am I"
 * (which also hands the page its CSRF token), password change and deletion of one's own account.
 */
final class AccountRoutes {
    private final Clinic clinic;
    private final Accounts accounts;
    private final SignInFailures failures;
    private final SignInGuard guard;
    private final ContentStore content;
    private final RequestSource source;
    private final AuditTrail audit;
    private final boolean openSignup;

    AccountRoutes(Clinic clinic, SignInGuard guard, ContentStore content, RequestSource source, AuditTrail audit,
                  boolean openSignup) {
        this.clinic = clinic;
        this.accounts = clinic.accounts();
        this.failures = clinic.signInFailures();
        this.guard = guard;
        this.content = content;
        this.source = source;
        this.audit = audit;
        this.openSignup = openSignup;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/signup", this::signUp);
        routes.post("/api/signin", this::signIn);
        routes.get("/api/signin", this::signInState);
        routes.post("/api/signout", this::signOut);
        routes.get("/api/me", this::me);
        routes.post("/api/me/password", this::changePassword);
        routes.delete("/api/me", this::deleteAccount);
    }

    record Credentials(String email, String password, String displayName) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record Me(String id, String email, String displayName, String csrfToken) {
        static Me of(SignedIn s) {
            Clinician c = s.clinician();
            return new Me(c.id(), c.email(), c.displayName(), s.csrfToken());
        }
    }

    record SignInState(boolean signedIn) {
    }

    /**
     * Whether this browser is signed in, always 200: the sign-in page asks before showing its forms, and
     * a probe of {@code /api/me} would put a 401 in the console of every visitor who is not.
     */
    private void signInState(Context ctx) {
        ctx.json(new SignInState(accounts.signedIn(ctx.cookie(SignInGuard.COOKIE)).isPresent()));
    }

    private void signUp(Context ctx) {
        if (!openSignup) {
            throw new ForbiddenResponse("sign-up is closed on this server; ask its administrator for an account");
        }
        Credentials body = JsonBody.of(ctx, Credentials.class);
        Clinician clinician = accounts.signUp(body.email(), body.displayName(), body.password())
                .orElseThrow(() -> new ConflictResponse("an account with this email already exists"));
        clinic.scopedTo(clinician).audit().record("signed up", "account", clinician.id(), null, source.address(ctx));
        startSession(ctx, clinician);
        ctx.status(HttpStatus.CREATED);
    }

    private void signIn(Context ctx) {
        Credentials body = JsonBody.of(ctx, Credentials.class);
        String address = source.address(ctx);
        Optional<Duration> wait = failures.waitBefore(body.email(), address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            ctx.header("Retry-After", String.valueOf(seconds));
            throw new TooManyRequestsResponse("too many failed sign-ins for this email from your address; try again in "
                    + seconds + " s", Map.of());
        }
        Optional<Clinician> clinician = accounts.authenticate(body.email(), body.password());
        if (clinician.isEmpty()) {
            failures.failed(body.email(), address);
            throw new UnauthorizedResponse("email or password not recognised");
        }
        failures.succeeded(clinician.get(), address);
        clinic.scopedTo(clinician.get()).audit().record("signed in", "account", clinician.get().id(), null, address);
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
                + (source.secure(ctx) ? "; Secure" : ""));
        ctx.json(Me.of(accounts.signedIn(token).orElseThrow()));
    }

    private void signOut(Context ctx) {
        accounts.closeSession(ctx.cookie(SignInGuard.COOKIE));
        clearCookie(ctx);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void clearCookie(Context ctx) {
        ctx.header("Set-Cookie", SignInGuard.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"
                + (source.secure(ctx) ? "; Secure" : ""));
    }

    private void me(Context ctx) {
        ctx.json(Me.of(SignInGuard.signedIn(ctx)));
    }

    private void changePassword(Context ctx) {
        PasswordChange body = JsonBody.of(ctx, PasswordChange.class);
        Clinician me = SignInGuard.signedIn(ctx).clinician();
        if (!accounts.changePassword(me, body.currentPassword(), body.newPassword(), ctx.cookie(SignInGuard.COOKIE))) {
            failures.failed(me.email(), source.address(ctx));
            throw new BadRequestResponse("the current password is not right");
        }
        audit.record(ctx, "changed", "password", me.id(), "other sign-ins closed");
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** Deletes the signed-in account with everything in it; the current password confirms it. */
    private void deleteAccount(Context ctx) throws java.io.IOException {
        Credentials body = JsonBody.of(ctx, Credentials.class);
        Clinician me = SignInGuard.signedIn(ctx).clinician();
        if (accounts.authenticate(me.email(), body.password()).isEmpty()) {
            failures.failed(me.email(), source.address(ctx));
            throw new BadRequestResponse("confirm with your current password");
        }
        audit.record(ctx, "deleted", "account", me.id(), me.email());
        content.delete(guard.scope(ctx).deletions().account());
        clearCookie(ctx);
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
