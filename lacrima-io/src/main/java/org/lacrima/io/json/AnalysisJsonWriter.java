package org.lacrima.io.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.analysis.Markers;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.eda.Scr;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeExplanation;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Spell;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Samples;
import org.lacrima.io.AtomicFiles;

/**
 * Writes a {@link SessionAnalysis} as the JSON of DESIGN.md section 4: {@code recording},
 * {@code channels}, {@code baseline}, {@code events}, {@code episodes[]} (onsetSec, peakSec,
 * releaseSec, endSec, outcome, interrupted, confidence, spell, explanation, metrics, warnings), {@code spells[]}
 * (spell, bouts, startSec, endSec, spanSec, endedWith), {@code warnings} and, on
 * request, {@code markers}. Times are seconds from the recording start; a value that could not be
 * assessed ({@code NaN}) is {@code null}. The schema is the resource {@value #SCHEMA_RESOURCE}.
 * Files are written to a temporary sibling and moved into place, so a reader never sees half a file.
 */
public final class AnalysisJsonWriter {
    /** Classpath location of the JSON Schema (draft 2020-12) of this output. */
    public static final String SCHEMA_RESOURCE = "/org/lacrima/io/json/analysis.schema.json";

    private static final JsonFactory FACTORY = new JsonFactory();

    private final boolean includeMarkers;

    /**
     * @param includeMarkers whether to write the {@code markers} object (R-peaks, pulse peaks, SCRs, breaths)
     */
    public AnalysisJsonWriter(boolean includeMarkers) {
        this.includeMarkers = includeMarkers;
    }

    /** Writes {@code analysis} to {@code target} atomically (a temporary file, then a move). */
    public void write(SessionAnalysis analysis, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFiles.write(target, temp -> {
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(analysis, out);
            }
        });
    }

    /** The JSON text of {@code analysis}. */
    public String toJson(SessionAnalysis analysis) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(analysis, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the JSON of {@code analysis} to {@code out} (not closed). */
    public void write(SessionAnalysis analysis, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            recording(g, analysis);
            channels(g, analysis.channels());
            baseline(g, analysis.baseline());
            events(g, analysis.events());
            List<Spell> spells = analysis.spells();
            int[] spellOf = Spell.numbers(spells, analysis.episodes().size());
            g.writeArrayFieldStart("episodes");
            for (int i = 0; i < analysis.episodes().size(); i++) {
                episode(g, analysis.episodes().get(i), spellOf[i]);
            }
            g.writeEndArray();
            spells(g, spells);
            strings(g, "warnings", analysis.warnings());
            if (includeMarkers) {
                markers(g, analysis.markers());
            }
            HrvJson.write(g, analysis.hrv());
            g.writeEndObject();
        }
    }

    private static void recording(JsonGenerator g, SessionAnalysis a) throws IOException {
        g.writeObjectFieldStart("recording");
        g.writeStringField("source", a.recording().source());
        g.writeStringField("subjectCode", a.recording().subjectCode());
        if (a.recording().start().isPresent()) {
            g.writeStringField("start", a.recording().start().get().toString());
        } else {
            g.writeNullField("start");
        }
        number(g, "durationSec", a.durationSec());
        g.writeEndObject();
    }

    private static void channels(JsonGenerator g, List<ChannelSummary> channels) throws IOException {
        g.writeArrayFieldStart("channels");
        for (ChannelSummary c : channels) {
            g.writeStartObject();
            g.writeStringField("label", c.label());
            g.writeStringField("type", c.type().name());
            g.writeStringField("unit", c.unit());
            number(g, "rateHz", c.rateHz());
            number(g, "durationSec", c.durationSec());
            number(g, "goodFraction", c.goodFraction());
            g.writeBooleanField("used", c.used());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void baseline(JsonGenerator g, Baseline b) throws IOException {
        g.writeObjectFieldStart("baseline");
        number(g, "startSec", b.startSec());
        number(g, "endSec", b.endSec());
        g.writeBooleanField("automatic", b.automatic());
        g.writeEndObject();
    }

    private static void events(JsonGenerator g, List<Event> events) throws IOException {
        g.writeArrayFieldStart("events");
        for (Event e : events) {
            g.writeStartObject();
            number(g, "onsetSec", e.onsetSec());
            number(g, "durationSec", e.durationSec());
            g.writeStringField("label", e.label());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void spells(JsonGenerator g, List<Spell> spells) throws IOException {
        g.writeArrayFieldStart("spells");
        for (Spell s : spells) {
            g.writeStartObject();
            g.writeNumberField("spell", s.number());
            g.writeNumberField("bouts", s.bouts());
            number(g, "startSec", s.startSec());
            number(g, "endSec", s.endSec());
            number(g, "spanSec", s.spanSec());
            g.writeStringField("endedWith", s.endedWith().jsonName());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void episode(JsonGenerator g, Episode e, int spell) throws IOException {
        g.writeStartObject();
        number(g, "onsetSec", e.onsetSec());
        number(g, "peakSec", e.peakSec());
        number(g, "releaseSec", e.releaseSec());
        number(g, "endSec", e.endSec());
        g.writeStringField("outcome", e.outcome().jsonName());
        g.writeBooleanField("interrupted", e.interrupted());
        number(g, "confidence", e.confidence());
        g.writeNumberField("spell", spell);
        g.writeStringField("explanation", EpisodeExplanation.of(e));
        EpisodeMetrics m = e.metrics();
        g.writeObjectFieldStart("metrics");
        number(g, "buildUpSec", m.buildUpSec());
        number(g, "peakS", m.peakS());
        number(g, "excessGoneFraction60s", m.excessGoneFraction60s());
        number(g, "halfRecoverySec", m.halfRecoverySec());
        number(g, "vagalReboundSize", m.vagalReboundSize());
        number(g, "vagalReboundLatencySec", m.vagalReboundLatencySec());
        number(g, "postMinusPreLevel", m.postMinusPreLevel());
        number(g, "secondsAboveThreshold", m.secondsAboveThreshold());
        number(g, "breathingIrregularityAtPeak", m.breathingIrregularityAtPeak());
        strings(g, "channelsUsed", m.channelsUsed());
        number(g, "releaseDropFraction", m.releaseDropFraction());
        g.writeEndObject();
        strings(g, "warnings", e.warnings());
        g.writeEndObject();
    }

    private static void markers(JsonGenerator g, Markers m) throws IOException {
        g.writeObjectFieldStart("markers");
        times(g, "rPeaksSec", m.rPeaksSec());
        times(g, "pulsePeaksSec", m.pulsePeaksSec());
        g.writeArrayFieldStart("scrs");
        for (Scr s : m.scrs()) {
            g.writeStartObject();
            number(g, "onsetSec", s.onsetSec());
            number(g, "peakSec", s.peakSec());
            number(g, "amplitude", s.amplitudeMicrosiemens());
            g.writeEndObject();
        }
        g.writeEndArray();
        times(g, "breathsSec", m.breathsSec());
        g.writeEndObject();
    }

    private static void times(JsonGenerator g, String name, Samples values) throws IOException {
        g.writeArrayFieldStart(name);
        for (int i = 0; i < values.length(); i++) {
            // Millisecond resolution is finer than any marker's accuracy and keeps files small.
            g.writeNumber(Math.round(values.get(i) * 1000) / 1000.0);
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            g.writeNumberField(name, value);
        } else {
            g.writeNullField(name);
        }
    }
}
