package org.lacrima.io.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import org.lacrima.core.analysis.SessionHrv;
import org.lacrima.core.hrv.HrvSummary;

/**
 * The {@code hrv} object of the analysis JSON: {@code session} and {@code episodes[]} (one per
 * episode, onset to end), each with the time-domain (ms, %) and frequency-domain (ms²) figures;
 * {@code null} for a figure the data could not give.
 */
final class HrvJson {
    private HrvJson() {
    }

    /** Writes the {@code hrv} field, only when the session had beats. */
    static void write(JsonGenerator g, SessionHrv hrv) throws IOException {
        if (!hrv.assessed()) {
            return;
        }
        g.writeObjectFieldStart("hrv");
        g.writeFieldName("session");
        summary(g, hrv.session());
        g.writeArrayFieldStart("episodes");
        for (HrvSummary s : hrv.episodes()) {
            summary(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, HrvSummary s) throws IOException {
        g.writeStartObject();
        number(g, "fromSec", s.fromSec());
        number(g, "toSec", s.toSec());
        g.writeNumberField("intervals", s.intervals());
        number(g, "meanHrBpm", s.meanHrBpm());
        number(g, "meanNnMs", s.meanNnMs());
        number(g, "sdnnMs", s.sdnnMs());
        number(g, "rmssdMs", s.rmssdMs());
        number(g, "pnn50Percent", s.pnn50Percent());
        number(g, "lfPowerMs2", s.lfPowerMs2());
        number(g, "hfPowerMs2", s.hfPowerMs2());
        number(g, "lfHfRatio", s.lfHfRatio());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            g.writeNumberField(name, value);
        } else {
            g.writeNullField(name);
        }
    }
}
