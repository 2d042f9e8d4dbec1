package org.lacrima.validation.episode;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lacrima.core.episode.AxisHistory;
import org.lacrima.core.episode.AxisPeek;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.sim.DevicePreset;

/**
 * Diagnostic, off unless {@code -Dlacrima.probe=true}: one line per detection on the widened suite's RR-only sessions
 * (episodes, brief-bout clusters and episode-free hours), true ({@code T}) or false ({@code F}), with what the heart
 * alone offers to tell them apart, so that a candidate rule's separation and recall cost can be counted over all
 * detections before it is written (eighth session, DETECTOR-HISTORY). Per detection: outcome, build-up, S at the peak
 * and over the minute before the onset (10-s medians); P's withdrawal from the minute before the onset to the peak and
 * to its deepest 10-s median from the onset to 10 s after the peak (the vagal witness); the largest share of the rise
 * (pre-onset level to the peak) gained within any 10 and 20 s from 40 s before the onset to the peak (a step versus a
 * ramp); the release's steepest minute and the vagal rebound. {@code -Dlacrima.probe.only=TEXT} keeps sessions whose
 * name contains TEXT.
 */
@EnabledIfSystemProperty(named = "lacrima.probe", matches = "true")
class HeartAloneDetectionProbeTest {
    @Test
    void printDetections() {
        var cases = WidenedSuite.cases(26, 4, 8).stream().filter(c -> c.device() == DevicePreset.RR_STRAP).toList();
        WidenedSuite.printProbes(cases, HeartAloneDetectionProbeTest::probe);
    }

    private static String probe(WidenedSuite.Case c) {
        ProbedSession probed = ProbedSession.of(c);
        AxisHistory h = probed.probe().axes();
        Set<Episode> falses = probed.score().falseEpisodes.stream().map(BoutScore.FalseEpisode::found)
                .collect(Collectors.toSet());
        StringBuilder sb = new StringBuilder();
        for (Episode e : probed.probe().analysis().episodes()) {
            double on = e.onsetSec();
            double pk = e.peakSec();
            double sPre = AxisPeek.sMedian(h, on - 60, on);
            double sPeak = AxisPeek.sMedian(h, pk - 5, pk + 5);
            double pPre = AxisPeek.pMedian(h, on - 60, on);
            double pDeepest = Double.POSITIVE_INFINITY;
            for (double t = on; t <= pk + 10; t += 1) {
                pDeepest = Math.min(pDeepest, AxisPeek.pMedian(h, t - 5, t + 5));
            }
            double rise = sPeak - sPre;
            double step10 = 0;
            double step20 = 0;
            for (double t = on - 40; t <= pk; t += 1) {
                double before = AxisPeek.sMedian(h, t - 5, t + 5);
                step10 = Math.max(step10, AxisPeek.sMedian(h, t + 5, t + 15) - before);
                step20 = Math.max(step20, AxisPeek.sMedian(h, t + 15, t + 25) - before);
            }
            sb.append(String.format(Locale.ROOT,
                    "%s | %s | %.0f-%.0f-%.0f %s | build %.0f s | S pre %.2f peak %.2f | P withdrawal at peak %.2f, "
                            + "deepest %.2f | rise in 10 s %.2f, in 20 s %.2f | drop %.2f rebound %.2f%n",
                    falses.contains(e) ? "F" : "T", c.name(), on, pk, e.endSec(), e.outcome().jsonName(), pk - on, sPre,
                    sPeak, pPre - AxisPeek.pMedian(h, pk - 5, pk + 5), pPre - pDeepest, step10 / rise, step20 / rise,
                    e.metrics().releaseDropFraction(), e.metrics().vagalReboundSize()));
        }
        return sb.toString();
    }
}
