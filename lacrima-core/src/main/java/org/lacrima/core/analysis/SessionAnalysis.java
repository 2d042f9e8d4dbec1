package org.lacrima.core.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.DetectorSettings;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Spell;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.RecordingMetadata;
import org.lacrima.core.model.RegularSeries;

/**
 * Everything the analysis of one session found. This is what the JSON output, the reports, the
 * store and the live view show. Fields may be added; none is ever renamed.
 *
 * @param recording   metadata of the analysed recording
 * @param durationSec recording duration in seconds
 * @param channels    per-channel summary
 * @param events      the events considered (file annotations plus events file)
 * @param baseline    the baseline used
 * @param episodes    the episodes, in time order
 * @param indices     derived indices on a common grid (hr, rsa, scl, scrRate, breathingRate, irregularity, S, P ...)
 * @param markers     detected beats, pulses, SCRs and breaths
 * @param warnings    human-readable limitations: missing channels, bad stretches, what could not be assessed
 * @param hrv         heart rate variability of the session and of each episode ({@link SessionHrv#NONE} without beats)
 * @param droppedCandidates rises the detector followed and did not report, with the check each failed, in the order
 *                    they were turned down: what a researcher looks at when a bout they see is not among the episodes
 */
public record SessionAnalysis(RecordingMetadata recording, double durationSec, List<ChannelSummary> channels,
                              List<Event> events, Baseline baseline, List<Episode> episodes,
                              List<RegularSeries> indices, Markers markers, List<String> warnings, SessionHrv hrv,
                              List<DroppedCandidate> droppedCandidates) {
    public SessionAnalysis {
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(markers, "markers");
        Objects.requireNonNull(hrv, "hrv");
        channels = List.copyOf(channels);
        events = List.copyOf(events);
        episodes = List.copyOf(episodes);
        indices = List.copyOf(indices);
        warnings = List.copyOf(warnings);
        droppedCandidates = List.copyOf(droppedCandidates);
    }

    /** An analysis without dropped candidates (e.g. rebuilt from a store or a JSON file written before they were kept). */
    public SessionAnalysis(RecordingMetadata recording, double durationSec, List<ChannelSummary> channels,
                           List<Event> events, Baseline baseline, List<Episode> episodes, List<RegularSeries> indices,
                           Markers markers, List<String> warnings, SessionHrv hrv) {
        this(recording, durationSec, channels, events, baseline, episodes, indices, markers, warnings, hrv, List.of());
    }

    /** An analysis without HRV (e.g. rebuilt from a store that keeps none). */
    public SessionAnalysis(RecordingMetadata recording, double durationSec, List<ChannelSummary> channels,
                           List<Event> events, Baseline baseline, List<Episode> episodes, List<RegularSeries> indices,
                           Markers markers, List<String> warnings) {
        this(recording, durationSec, channels, events, baseline, episodes, indices, markers, warnings, SessionHrv.NONE);
    }

    /** This analysis with {@code warnings} instead of its own (e.g. the reader's prepended). */
    public SessionAnalysis withWarnings(List<String> warnings) {
        return new SessionAnalysis(recording, durationSec, channels, events, baseline, episodes, indices, markers,
                warnings, hrv, droppedCandidates);
    }

    /** The episodes grouped into spells (bouts within {@link DetectorSettings#spellGapSec()} of each other). */
    public List<Spell> spells() {
        return Spell.group(episodes, DetectorSettings.defaults().spellGapSec());
    }

    /** The series of {@code index} ({@link Index#S}, {@link Index#HR}, ...), if computed. */
    public Optional<RegularSeries> index(Index index) {
        return index(index.key());
    }

    /** The index with this key ("S", "P", "hr", ...), if computed. */
    public Optional<RegularSeries> index(String name) {
        return indices.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
