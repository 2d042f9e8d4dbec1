package org.lacrima.io.edf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lacrima.core.episode.Baseline;
import org.lacrima.core.episode.DropReason;
import org.lacrima.core.episode.DroppedCandidate;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Event;

/**
 * Episodes, the baseline and the rises not reported as EDF+ annotations, and back. Viewers (EDFbrowser, MNE, pyEDFlib) show
 * each episode as a span from onset to end labelled with its outcome, and its peak, release and end as
 * instants:
 * <pre>
 *   +300     duration 220  "Lacrima episode 1: resolved"   (": resolved, interrupted" when interrupted)
 *   +420                   "Lacrima episode 1 peak"
 *   +425                   "Lacrima episode 1 release"     (absent when there was no release)
 *   +520                   "Lacrima episode 1 end"
 *   +0       duration 120  "Lacrima baseline"              ("Lacrima baseline (given)" when the user chose it)
 *   +960     duration 140  "Lacrima rise 1 not reported: talking-step"   (a rise followed and turned down, to when)
 *   +1010                  "Lacrima rise 1 peak"
 * </pre>
 * Times are those of the analysis, in seconds from the recording start; the EDF writer spells them so
 * they parse back to the same doubles.
 */
public final class EpisodeAnnotations {
    /** Prefix of every annotation Lacrima adds, so a reader can tell them from the recording's own events. */
    public static final String PREFIX = "Lacrima ";
    private static final Pattern SPAN = Pattern.compile("Lacrima episode (\\d+): (resolved|sustained|subsided)(, interrupted)?");
    private static final Pattern INSTANT = Pattern.compile("Lacrima episode (\\d+) (peak|release|end)");
    private static final Pattern DROPPED_SPAN = Pattern.compile("Lacrima rise (\\d+) not reported: ([a-z-]+)");
    private static final Pattern DROPPED_PEAK = Pattern.compile("Lacrima rise (\\d+) peak");

    /**
     * What an episode's annotations say.
     *
     * @param number      1-based position in the session
     * @param onsetSec    seconds from the recording start
     * @param peakSec     seconds from the recording start
     * @param releaseSec  seconds from the recording start, {@code NaN} when there was no release
     * @param endSec      seconds from the recording start
     * @param outcome     how the build-up ended
     * @param interrupted whether an intervention fell in the build-up
     */
    public record Marks(int number, double onsetSec, double peakSec, double releaseSec, double endSec, Outcome outcome,
                        boolean interrupted) {
        /** The marks an episode leaves. */
        public static Marks of(int number, Episode e) {
            return new Marks(number, e.onsetSec(), e.peakSec(), e.releaseSec(), e.endSec(), e.outcome(), e.interrupted());
        }
    }

    private EpisodeAnnotations() {
    }

    /**
     * The annotations of the analysis's episodes (in order), of its baseline and of the rises its detector followed and
     * did not report (each a span from its onset to when it was turned down, named with the check it failed, and its
     * peak).
     */
    public static List<Event> of(SessionAnalysis analysis) {
        List<Event> out = new ArrayList<>();
        Baseline b = analysis.baseline();
        if (Double.isFinite(b.startSec()) && Double.isFinite(b.endSec()) && b.endSec() >= b.startSec()) {
            out.add(new Event(b.startSec(), b.endSec() - b.startSec(), PREFIX + "baseline" + (b.automatic() ? "" : " (given)")));
        }
        int k = 1;
        for (Episode e : analysis.episodes()) {
            String name = PREFIX + "episode " + k++;
            // the span runs to the end; an end before the onset cannot be a span, so it stays an instant
            double span = e.endSec() >= e.onsetSec() ? e.endSec() - e.onsetSec() : 0;
            out.add(new Event(e.onsetSec(), span, name + ": " + e.outcome().jsonName()
                    + (e.interrupted() ? ", interrupted" : "")));
            out.add(Event.at(e.peakSec(), name + " peak"));
            if (Double.isFinite(e.releaseSec())) {
                out.add(Event.at(e.releaseSec(), name + " release"));
            }
            out.add(Event.at(e.endSec(), name + " end"));
        }
        int r = 1;
        for (DroppedCandidate d : analysis.droppedCandidates()) {
            String name = PREFIX + "rise " + r++;
            out.add(new Event(d.onsetSec(), Math.max(0, d.droppedAtSec() - d.onsetSec()),
                    name + " not reported: " + d.reason().jsonName()));
            out.add(Event.at(d.peakSec(), name + " peak"));
        }
        return out;
    }

    /**
     * The rises followed and not reported told by Lacrima's annotations among {@code events}, in their order; other events
     * are ignored. When each was turned down is its span's end, the onset plus the duration as the file spells them.
     */
    public static List<DroppedCandidate> readDropped(List<Event> events) {
        record Span(double onsetSec, double endSec, DropReason reason) {
        }
        Map<Integer, Span> spans = new TreeMap<>();
        Map<Integer, Double> peaks = new TreeMap<>();
        for (Event ev : events) {
            Matcher span = DROPPED_SPAN.matcher(ev.label().trim());
            Matcher peak = DROPPED_PEAK.matcher(ev.label().trim());
            if (span.matches()) {
                // a reason a later version added is skipped, not guessed
                DropReason.ofJsonName(span.group(2)).ifPresent(reason -> spans.put(Integer.parseInt(span.group(1)),
                        new Span(ev.onsetSec(), ev.onsetSec() + ev.durationSec(), reason)));
            } else if (peak.matches()) {
                peaks.put(Integer.parseInt(peak.group(1)), ev.onsetSec());
            }
        }
        List<DroppedCandidate> out = new ArrayList<>();
        spans.forEach((n, span) -> out.add(new DroppedCandidate(span.onsetSec(), peaks.getOrDefault(n, Double.NaN),
                span.endSec(), span.reason())));
        return out;
    }

    /** The episodes told by Lacrima's annotations among {@code events}, in episode order; other events are ignored. */
    public static List<Marks> read(List<Event> events) {
        Map<Integer, double[]> times = new TreeMap<>();
        Map<Integer, Outcome> outcomes = new TreeMap<>();
        Map<Integer, Boolean> interrupted = new TreeMap<>();
        for (Event ev : events) {
            Matcher span = SPAN.matcher(ev.label().trim());
            Matcher instant = INSTANT.matcher(ev.label().trim());
            if (span.matches()) {
                int n = Integer.parseInt(span.group(1));
                slot(times, n)[0] = ev.onsetSec();
                outcomes.put(n, Outcome.fromName(span.group(2)));
                interrupted.put(n, span.group(3) != null);
            } else if (instant.matches()) {
                int index = switch (instant.group(2).toLowerCase(Locale.ROOT)) {
                    case "peak" -> 1;
                    case "release" -> 2;
                    default -> 3;
                };
                slot(times, Integer.parseInt(instant.group(1)))[index] = ev.onsetSec();
            }
        }
        List<Marks> out = new ArrayList<>();
        for (var entry : times.entrySet()) {
            int n = entry.getKey();
            double[] t = entry.getValue();
            if (outcomes.containsKey(n)) {
                out.add(new Marks(n, t[0], t[1], t[2], t[3], outcomes.get(n), interrupted.get(n)));
            }
        }
        return out;
    }

    private static double[] slot(Map<Integer, double[]> times, int n) {
        return times.computeIfAbsent(n, k -> new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN});
    }
}
