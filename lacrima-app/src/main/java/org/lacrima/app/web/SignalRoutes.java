package org.lacrima.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import org.lacrima.app.analysis.AnalysisService;
import org.lacrima.app.signals.SessionHrv;
import org.lacrima.app.signals.SessionSignals;
import org.lacrima.app.signals.SignalWindow;
import org.lacrima.app.store.JobQueue;
import org.lacrima.app.store.StoredAnalysis;

/**
 * What the session page draws beyond the stored analysis: the raw signals of a time window with the
 * detected beats and breaths, and the session's heart rate variability.
 */
final class SignalRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SignInGuard guard;
    private final JobQueue queue;
    private final SessionSignals signals;

    SignalRoutes(SignInGuard guard, JobQueue queue, SessionSignals signals) {
        this.guard = guard;
        this.queue = queue;
        this.signals = signals;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/sessions/{sessionId}/signals", this::window);
        routes.get("/api/sessions/{sessionId}/hrv", this::hrv);
    }

    /** {@code ?fromSec=&toSec=&points=}: the window (whole session by default) at about {@code points} per trace. */
    private void window(Context ctx) throws IOException {
        double from = number(ctx, "fromSec", Double.NaN);
        double to = number(ctx, "toSec", Double.NaN);
        int points = (int) number(ctx, "points", 1000);
        AnalysisService.Result result = load(ctx, analysis(ctx));
        if (result == null) {
            return;
        }
        ctx.json(SignalWindow.of(result, from, to, points));
    }

    private void hrv(Context ctx) throws IOException {
        StoredAnalysis a = analysis(ctx);
        var stored = SessionHrv.fromDocument(JSON.readTree(a.documentJson()));
        if (stored.isPresent()) {
            ctx.json(stored.get());
            return;
        }
        AnalysisService.Result result = load(ctx, a);
        if (result != null) {
            ctx.json(SessionHrv.of(result));
        }
    }

    private StoredAnalysis analysis(Context ctx) {
        var scope = guard.scope(ctx);
        return SessionRoutes.currentAnalysis(scope, SessionRoutes.session(scope, ctx));
    }

    /** The session's recording as read again, or null after answering 422 when it no longer reads. */
    private AnalysisService.Result load(Context ctx, StoredAnalysis a) {
        try {
            return signals.of(a.id(), a.settingsJson(), queue.materials(a.sessionId()));
        } catch (IOException | IllegalArgumentException e) {
            ctx.status(422).json(Map.of("error", "the recording could not be read again: " + e.getMessage()));
            return null;
        }
    }

    private static double number(Context ctx, String name, double fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + v + "'");
        }
    }
}
