package org.lacrima.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A physiological recording: typed channels, events and reference beats on one time axis
 * (seconds from the recording start). Immutable; slicing shares the sample arrays.
 *
 * @param metadata       start time, source and subject
 * @param channels       the signals, in file order
 * @param events         labelled moments (interventions, annotations, protocol stages)
 * @param referenceBeats reference beat annotations kept for validation, in time order; empty if none
 */
public record Recording(RecordingMetadata metadata, List<Channel> channels, List<Event> events,
                        List<BeatAnnotation> referenceBeats) {

    public Recording {
        Objects.requireNonNull(metadata, "metadata");
        channels = List.copyOf(channels);
        events = List.copyOf(events);
        referenceBeats = inTimeOrder(referenceBeats);
    }

    /**
     * The beats in time order (a stable sort; annotation files already keep them so, and then this only copies), so
     * that a slice finds its beats by bisection: a live feed cuts a one-second chunk thousands of times.
     */
    private static List<BeatAnnotation> inTimeOrder(List<BeatAnnotation> beats) {
        for (int i = 1; i < beats.size(); i++) {
            if (beats.get(i).timeSec() < beats.get(i - 1).timeSec()) {
                return beats.stream().sorted(java.util.Comparator.comparingDouble(BeatAnnotation::timeSec)).toList();
            }
        }
        return List.copyOf(beats);
    }

    /** A recording without reference beats. */
    public Recording(RecordingMetadata metadata, List<Channel> channels, List<Event> events) {
        this(metadata, channels, events, List.of());
    }

    /** Duration in seconds: the end of the longest channel. */
    public double durationSec() {
        double end = 0;
        for (Channel c : channels) {
            end = Math.max(end, c.endSec());
        }
        return end;
    }

    /** All channels of a type, in file order. */
    public List<Channel> channels(ChannelType type) {
        return channels.stream().filter(c -> c.type() == type).toList();
    }

    /** The first channel of a type, if any. */
    public Optional<Channel> firstChannel(ChannelType type) {
        return channels.stream().filter(c -> c.type() == type).findFirst();
    }

    /** The channel with this label, if any. */
    public Optional<Channel> channel(String label) {
        return channels.stream().filter(c -> c.label().equals(label)).findFirst();
    }

    /** A copy with other events (e.g. merged from an events file). */
    public Recording withEvents(List<Event> newEvents) {
        return new Recording(metadata, channels, newEvents, referenceBeats);
    }

    /**
     * The part in {@code [fromSec, toSec)}; channels are sliced without copying samples. Times stay
     * relative to the original recording start, so an episode found in a slice keeps its place.
     */
    public Recording slice(double fromSec, double toSec) {
        List<Channel> sliced = channels.stream().map(c -> c.slice(fromSec, toSec)).toList();
        List<Event> ev = events.stream().filter(e -> e.endSec() >= fromSec && e.onsetSec() < toSec).toList();
        return new Recording(metadata, sliced, ev, beatsIn(fromSec, toSec));
    }

    /** The reference beats in {@code [fromSec, toSec)}, by bisection (they are in time order). */
    private List<BeatAnnotation> beatsIn(double fromSec, double toSec) {
        int first = firstAtOrAfter(fromSec);
        return referenceBeats.subList(first, Math.max(first, firstAtOrAfter(toSec)));
    }

    /** The first index whose beat is at or after {@code sec}. */
    private int firstAtOrAfter(double sec) {
        int lo = 0;
        int hi = referenceBeats.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (referenceBeats.get(mid).timeSec() < sec) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
