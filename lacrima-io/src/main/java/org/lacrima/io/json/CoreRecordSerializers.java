package org.lacrima.io.json;

import static org.lacrima.io.json.JsonValues.number;
import static org.lacrima.io.json.JsonValues.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.analysis.Markers;
import org.lacrima.core.eda.Scr;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeExplanation;
import org.lacrima.core.episode.EpisodeMetric;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Spell;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Samples;

/**
 * How each core record appears in Lacrima's JSON (DESIGN.md section 4): the record's components under their own
 * names, times in seconds, NaN as null, outcomes in lower case. Each method writes one record's fields into its
 * object ({@link ObjectJson#writer}); {@link AnalysisJsonModule} registers them.
 */
final class CoreRecordSerializers {
    private CoreRecordSerializers() {
    }

    static void channelSummary(ChannelSummary c, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeStringField("label", c.label());
        g.writeStringField("type", c.type().name());
        g.writeStringField("unit", c.unit());
        number(g, "rateHz", c.rateHz());
        number(g, "durationSec", c.durationSec());
        number(g, "goodFraction", c.goodFraction());
        g.writeBooleanField("used", c.used());
    }

    static void baseline(Baseline b, JsonGenerator g, SerializerProvider p) throws IOException {
        number(g, "startSec", b.startSec());
        number(g, "endSec", b.endSec());
        g.writeBooleanField("automatic", b.automatic());
    }

    static void event(Event e, JsonGenerator g, SerializerProvider p) throws IOException {
        number(g, "onsetSec", e.onsetSec());
        number(g, "durationSec", e.durationSec());
        g.writeStringField("label", e.label());
        g.writeStringField("kind", e.kind().jsonName());
    }

    /** A rise the detector followed and did not report: its times, the check it failed and what that check saw. */
    static void droppedCandidate(DroppedCandidate d, JsonGenerator g, SerializerProvider p) throws IOException {
        number(g, "onsetSec", d.onsetSec());
        number(g, "peakSec", d.peakSec());
        number(g, "droppedAtSec", d.droppedAtSec());
        g.writeStringField("reason", d.reason().jsonName());
        g.writeStringField("description", d.reason().description());
    }

    static void spell(Spell s, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeNumberField("spell", s.number());
        g.writeNumberField("bouts", s.bouts());
        number(g, "startSec", s.startSec());
        number(g, "endSec", s.endSec());
        number(g, "spanSec", s.spanSec());
        g.writeStringField("endedWith", s.endedWith().jsonName());
    }

    /** Every metric of {@link EpisodeMetric}, in its order, under its key. */
    static void episodeMetrics(EpisodeMetrics m, JsonGenerator g, SerializerProvider p) throws IOException {
        for (EpisodeMetric metric : EpisodeMetric.values()) {
            if (metric.numeric()) {
                number(g, metric.key(), metric.value(m));
            } else {
                strings(g, metric.key(), metric.names(m));
            }
        }
    }

    /** An episode with its spell number and the sentence that explains its outcome. */
    static void sessionEpisode(SessionEpisode se, JsonGenerator g, SerializerProvider p) throws IOException {
        Episode e = se.episode();
        number(g, "onsetSec", e.onsetSec());
        number(g, "peakSec", e.peakSec());
        number(g, "releaseSec", e.releaseSec());
        number(g, "endSec", e.endSec());
        g.writeStringField("outcome", e.outcome().jsonName());
        g.writeBooleanField("interrupted", e.interrupted());
        number(g, "confidence", e.confidence());
        g.writeNumberField("spell", se.spell());
        g.writeStringField("explanation", EpisodeExplanation.of(e));
        p.defaultSerializeField("metrics", e.metrics(), g);
        strings(g, "warnings", e.warnings());
    }

    static void scr(Scr s, JsonGenerator g, SerializerProvider p) throws IOException {
        number(g, "onsetSec", s.onsetSec());
        number(g, "peakSec", s.peakSec());
        number(g, "amplitude", s.amplitudeMicrosiemens());
    }

    static void markers(Markers m, JsonGenerator g, SerializerProvider p) throws IOException {
        times(g, "rPeaksSec", m.rPeaksSec());
        times(g, "pulsePeaksSec", m.pulsePeaksSec());
        p.defaultSerializeField("scrs", m.scrs(), g);
        times(g, "breathsSec", m.breathsSec());
    }

    private static void times(JsonGenerator g, String name, Samples values) throws IOException {
        g.writeArrayFieldStart(name);
        for (int i = 0; i < values.length(); i++) {
            // Millisecond resolution is finer than any marker's accuracy and keeps files small.
            g.writeNumber(Math.round(values.get(i) * 1000) / 1000.0);
        }
        g.writeEndArray();
    }
}
