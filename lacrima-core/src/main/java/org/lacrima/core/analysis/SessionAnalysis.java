package org.lacrima.core.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.DetectorSettings;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Spell;
import org.lacrima.core.model.Event;
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
 */
public record SessionAnalysis(RecordingMetadata recording, double durationSec, List<ChannelSummary> channels,
                              List<Event> events, Baseline baseline, List<Episode> episodes,
                              List<RegularSeries> indices, Markers markers, List<String> warnings) {
    public SessionAnalysis {
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(markers, "markers");
        channels = List.copyOf(channels);
        events = List.copyOf(events);
        episodes = List.copyOf(episodes);
        indices = List.copyOf(indices);
        warnings = List.copyOf(warnings);
    }

    /** The episodes grouped into spells (bouts within {@link DetectorSettings#spellGapSec()} of each other). */
    public List<Spell> spells() {
        return Spell.group(episodes, DetectorSettings.defaults().spellGapSec());
    }

    /** The index with this name ("S", "P", "hr", ...), if computed. */
    public Optional<RegularSeries> index(String name) {
        return indices.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
