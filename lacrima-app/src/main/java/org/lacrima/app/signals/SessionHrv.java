package org.lacrima.app.signals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lacrima.app.analysis.AnalysisService;
import org.lacrima.core.analysis.Markers;
import org.lacrima.core.hrv.HrvAnalyzer;
import org.lacrima.core.hrv.HrvSummary;
import org.lacrima.core.hrv.RrCorrection;
import org.lacrima.core.hrv.RrCorrector;
import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;

/**
 * Heart rate variability of a whole session for the session page, in the time domain (mean NN, SDNN,
 * RMSSD, pNN50) and the frequency domain (LF, HF, LF/HF). It is taken from the stored analysis when
 * the pipeline put one there (JSON key {@code hrv}); until then it is computed here from the detected
 * beats with core's {@link RrCorrector} and {@link HrvAnalyzer}. This is the one place to drop once
 * every stored analysis carries its own.
 *
 * @param source       what the beats came from, in words ("ECG beats", "pulse peaks", "device RR intervals"),
 *                     or "analysis" when the stored analysis supplied the figures
 * @param corrected    beats the artefact correction moved, added or removed (null when not known)
 * @param meanHrBpm    mean heart rate, beats per minute
 * @param meanNnMs     mean normal-to-normal interval, ms
 * @param sdnnMs       standard deviation of the NN intervals, ms
 * @param rmssdMs      root mean square of successive NN differences, ms
 * @param pnn50Percent successive differences above 50 ms, %
 * @param lfPowerMs2   low-frequency power (0.04–0.15 Hz), ms²
 * @param hfPowerMs2   high-frequency power (0.15–0.40 Hz), ms²
 * @param lfHfRatio    LF / HF
 * @param warnings     why a figure is missing
 */
public record SessionHrv(String source, int intervals, Integer corrected, Double meanHrBpm, Double meanNnMs,
                         Double sdnnMs, Double rmssdMs, Double pnn50Percent, Double lfPowerMs2, Double hfPowerMs2,
                         Double lfHfRatio, List<String> warnings) {
    /** Beats further apart than this are a pause or a detection gap, not an interval (as {@link RrSeries#fromBeats}). */
    private static final double MAX_INTERVAL_SEC = 3.0;
    /** Fewer beats than this give no HRV worth showing. */
    private static final int MIN_BEATS = 3;

    /** The session HRV the stored analysis carries ({@code hrv.session} or {@code hrv}), if any. */
    public static Optional<SessionHrv> fromDocument(JsonNode document) {
        JsonNode hrv = document.path("hrv");
        JsonNode session = hrv.has("session") ? hrv.get("session") : hrv;
        if (!session.isObject() || !session.has("sdnnMs")) {
            return Optional.empty();
        }
        Double lf = number(session, "lfPowerMs2");
        Double hf = number(session, "hfPowerMs2");
        List<String> warnings = new ArrayList<>();
        session.path("warnings").forEach(w -> warnings.add(w.asText()));
        return Optional.of(new SessionHrv("analysis", session.path("intervals").asInt(), null,
                number(session, "meanHrBpm"), number(session, "meanNnMs"), number(session, "sdnnMs"),
                number(session, "rmssdMs"), number(session, "pnn50Percent"), lf, hf, ratio(lf, hf), warnings));
    }

    /** Computed from the beats the analysis detected (ECG, else pulse), else from the device's RR intervals. */
    public static SessionHrv of(AnalysisService.Result result) {
        Markers markers = result.analysis().markers();
        String source;
        RrSeries rr;
        if (markers.rPeaksSec().length() >= MIN_BEATS) {
            source = "ECG beats";
            rr = RrSeries.fromBeats(markers.rPeaksSec(), MAX_INTERVAL_SEC);
        } else if (markers.pulsePeaksSec().length() >= MIN_BEATS) {
            source = "pulse peaks";
            rr = RrSeries.fromBeats(markers.pulsePeaksSec(), MAX_INTERVAL_SEC);
        } else {
            Optional<Channel> device = result.recording().channels().stream()
                    .filter(c -> c.type() == ChannelType.RR && !c.isRegular()).findFirst();
            source = "device RR intervals";
            // RR channels hold seconds stamped with the beat that ends each interval.
            rr = device.map(c -> RrSeries.fromIntervals(c.timesSec(), scaled(c.values().toArray(), 1000)))
                    .orElse(RrSeries.empty());
        }
        RrCorrection correction = RrCorrector.correct(rr);
        HrvSummary s = HrvAnalyzer.summarize(correction.nn(), 0, result.analysis().durationSec() + 1);
        List<String> warnings = new ArrayList<>(s.warnings());
        if (rr.length() == 0) {
            warnings.add(0, "no heartbeats were detected in this recording");
        }
        Double lf = nullable(s.lfPowerMs2());
        Double hf = nullable(s.hfPowerMs2());
        return new SessionHrv(rr.length() == 0 ? "no heartbeats" : source, s.intervals(), correction.corrected(),
                nullable(s.meanHrBpm()), nullable(s.meanNnMs()), nullable(s.sdnnMs()), nullable(s.rmssdMs()),
                nullable(s.pnn50Percent()), lf, hf, ratio(lf, hf), warnings);
    }

    private static Double ratio(Double lf, Double hf) {
        return lf == null || hf == null || hf <= 0 ? null : lf / hf;
    }

    private static org.lacrima.core.model.Samples scaled(double[] values, double factor) {
        for (int i = 0; i < values.length; i++) {
            values[i] *= factor;
        }
        return org.lacrima.core.model.Samples.wrap(values);
    }

    private static Double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isNumber() && Double.isFinite(v.asDouble()) ? v.asDouble() : null;
    }

    private static Double nullable(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
