package org.lacrima.app.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.lacrima.app.jobs.AnalysisWorker;
import org.lacrima.app.live.LiveSessionRegistry;
import org.lacrima.app.signals.SessionSignals;
import org.lacrima.app.store.Clinic;
import org.lacrima.app.store.ContentStore;
import org.lacrima.app.store.DatabaseOutage;

/**
 * The HTTP side: static pages (which talk only to the JSON API), the API itself, and the
 * cross-cutting rules: sign-in and CSRF before every API call, one JSON error shape, no stack traces.
 */
public final class WebServer implements AutoCloseable {
    /** Room for the text fields of an upload form on top of the file limit. */
    static final long FORM_FIELDS_ALLOWANCE_BYTES = 1L << 20;
    private static final Logger LOG = Logger.getLogger(WebServer.class.getName());
    private static final String SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;

    /**
     * @param uploadScratch where the servlet container spools multipart parts before they are hashed
     * @param signals       reads a stored session's recording again for its raw signals and HRV
     */
    public WebServer(Clinic clinic, ContentStore content, AnalysisWorker worker, ServerOptions options,
                     Path uploadScratch, LiveSessionRegistry live, SessionSignals signals) {
        long maxUploadBytes = options.maxUploadBytes();
        WebAccess access = options.access();
        SignInGuard guard = new SignInGuard(clinic);
        RequestSource source = new RequestSource(access.trustProxy());
        AuditTrail audit = new AuditTrail(guard, source);
        HostCheck hostCheck = new HostCheck(access.expectedHost());
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.startup.showJavalinBanner = false;
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.http.maxRequestSize = 1L << 20;
            config.jetty.multipartConfig.cacheDirectory(uploadScratch.toString());
            config.jetty.multipartConfig.maxFileSize(maxUploadBytes, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(maxUploadBytes + FORM_FIELDS_ALLOWANCE_BYTES,
                    SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            if (access.keystore() != null) {
                config.jetty.addConnector((server, http) -> Tls.connector(server, http, access, options.host(),
                        options.port()));
            }

            var routes = config.routes;
            routes.before(hostCheck::check);
            routes.before(ctx -> securityHeaders(ctx, source.secure(ctx)));
            routes.before("/api/*", guard::check);
            routes.get("/api/health", ctx -> health(ctx, clinic, maxUploadBytes, access.openSignup()));
            new AccountRoutes(clinic, guard, content, source, audit, access.openSignup()).register(routes);
            new ClientRoutes(guard, audit, content).register(routes);
            new UploadRoutes(guard, content, worker, maxUploadBytes, access.quotaBytes(), audit).register(routes);
            new SessionRoutes(guard, content, worker, audit).register(routes);
            new SignalRoutes(guard, clinic.jobQueue(), signals).register(routes);
            new SessionFhirRoutes(guard, audit).register(routes);
            new EventRoutes(guard, audit).register(routes);
            new JobRoutes(guard).register(routes);
            audit.register(routes);
            new LiveRoutes(guard, clinic.accounts(), live).register(routes);
            new EpisodeMetricRoutes().register(routes);
            routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
            routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            routes.exception(JacksonException.class, (e, ctx) -> error(ctx, 400,
                    "the request body is not the JSON this call expects" + JsonProblem.where(e)));
            routes.exception(Exception.class, (e, ctx) -> {
                // an outage first: its messages carry ports and addresses, which no oversized body does
                if (DatabaseOutage.is(e)) {
                    LOG.warning("request " + ctx.method() + " " + ctx.path() + ": the database is unreachable");
                    error(ctx, 503, "the database is unreachable; please try again in a minute");
                    return;
                }
                if (isTooLarge(e)) {
                    error(ctx, 413, UploadRoutes.tooLarge(maxUploadBytes).getMessage());
                    return;
                }
                LOG.log(Level.WARNING, "request " + ctx.method() + " " + ctx.path() + " failed", e);
                error(ctx, 500, "something went wrong on the server; the error was logged");
            });
        });
    }

    /** Starts listening; port 0 picks a free one. */
    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** 200 with the limits when the database answers, 503 saying so when it does not. */
    private static void health(Context ctx, Clinic clinic, long maxUploadBytes, boolean signupOpen) {
        boolean up = clinic.databaseReachable();
        ctx.status(up ? 200 : 503).json(Map.of("status", up ? "ok" : "degraded", "database", up ? "ok" : "unreachable",
                "maxUploadBytes", maxUploadBytes, "signupOpen", signupOpen));
    }

    private static void securityHeaders(Context ctx, boolean secure) {
        if (secure) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
        ctx.header("Content-Security-Policy", SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message == null ? "error" : message));
    }

    /**
     * The servlet container reports an oversized multipart body as a state/IO error; find it in the chain. The status
     * 413 counts only as a number of its own: a port such as 41347 in a refused connection's message is no status.
     */
    static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("exceeds") || m.contains("too large") || m.contains("max file size")
                    || STATUS_413.matcher(m).find()) {
                return true;
            }
        }
        return false;
    }

    /** "413" not inside a longer number, an address or a port. */
    private static final Pattern STATUS_413 = Pattern.compile("(?<![\\d.:])413(?!\\d)");
}
