package org.lacrima.app.export.fhir;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.lacrima.app.jobs.AnalysisDocument;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.analysis.Markers;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.Samples;

/**
 * The FHIR Bundle of an analysis the web app stored (its {@link AnalysisDocument} JSON). Episodes,
 * baseline and channels are exact; the session means of heart and respiratory rate are taken over
 * the stored (thinned) series, whose bins are means of equal stretches, so they can differ from the
 * CLI's figure in the last digits where a bin was partly a gap.
 */
public final class StoredAnalysisBundle {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private StoredAnalysisBundle() {
    }

    /**
     * @param documentJson the stored analysis document
     * @param subjectCode  the client's pseudonymous code
     * @param source       what the recording was (session title or file name), for the Device
     */
    public static Bundle of(String documentJson, String subjectCode, String source) throws IOException {
        return SessionBundle.inSystemZone().of(analysis(JSON.readValue(documentJson, AnalysisDocument.class),
                subjectCode, source));
    }

    static SessionAnalysis analysis(AnalysisDocument d, String subjectCode, String source) {
        List<ChannelSummary> channels = d.channels().stream().map(c -> new ChannelSummary(c.label(),
                type(c.type()), c.unit(), value(c.rateHz()), value(c.durationSec()), value(c.goodFraction()), c.used()))
                .toList();
        List<Event> events = d.events().stream().map(e -> new Event(e.onsetSec(), e.durationSec(), e.label())).toList();
        List<Episode> episodes = d.episodes().stream().map(StoredAnalysisBundle::episode).toList();
        List<RegularSeries> series = d.series().stream().map(s -> new RegularSeries(s.name(), s.unit(), s.startSec(),
                s.rateHz(), Samples.wrap(s.values().stream().mapToDouble(StoredAnalysisBundle::value).toArray())))
                .toList();
        var b = d.baseline();
        return new SessionAnalysis(new RecordingMetadata(Optional.empty(), source, subjectCode), d.durationSec(),
                channels, events, new Baseline(value(b.startSec()), value(b.endSec()), b.automatic()), episodes, series,
                Markers.none(), d.warnings());
    }

    private static Episode episode(AnalysisDocument.EpisodeView e) {
        AnalysisDocument.Metrics m = e.metrics();
        return new Episode(value(e.onsetSec()), value(e.peakSec()), value(e.releaseSec()), value(e.endSec()),
                Outcome.fromName(e.outcome()), e.interrupted(), value(e.confidence()),
                new EpisodeMetrics(value(m.buildUpSec()), value(m.peakS()), value(m.excessGoneFraction60s()),
                        value(m.halfRecoverySec()), value(m.vagalReboundSize()), value(m.vagalReboundLatencySec()),
                        value(m.postMinusPreLevel()), value(m.secondsAboveThreshold()),
                        value(m.breathingIrregularityAtPeak()), m.channelsUsed() == null ? List.of() : m.channelsUsed()),
                e.warnings() == null ? List.of() : e.warnings());
    }

    private static ChannelType type(String name) {
        try {
            return ChannelType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return ChannelType.OTHER;
        }
    }

    private static double value(Double v) {
        return v == null ? Double.NaN : v;
    }
}
