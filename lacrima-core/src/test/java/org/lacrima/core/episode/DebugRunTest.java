package org.lacrima.core.episode;

import java.util.List;
import org.junit.jupiter.api.Test;

class DebugRunTest {
    @Test
    void dump() {
        Outcome[] all = Outcome.values();
        for (int seed : new int[]{5}) {
            java.util.List<Outcome> script = new java.util.ArrayList<>();
            for (int e = 0; e < seed % 4; e++) {
                script.add(all[(seed + e) % 3]);
            }
            SyntheticAxes axes = new SyntheticAxes(seed, 20 + 25.0 * script.size(), script);
            EpisodeTracker tracker = new EpisodeTracker(DetectorSettings.defaults(),
                    new AxisHistory(4, true), InterventionPolicy.defaults(), List.of("EDA"));
            for (int i = 0; i < axes.s.length; i++) {
                tracker.push(axes.s[i], 1, axes.p[i], 1, Double.NaN);
            }
            tracker.finish();
            System.out.println("seed " + seed + " truth " + axes.truths);
            for (EpisodeTracker.TrackedEpisode te : tracker.tracked()) { Episode e = te.episode(); System.out.print("dec@" + te.settledAtSec());
                System.out.printf("  on %.0f pk %.0f end %.0f %s gone60 %.2f half %.0f reb %.2f post %.2f peakS %.2f%n", e.onsetSec(), e.peakSec(), e.endSec(), e.outcome(),
                        e.metrics().excessGoneFraction60s(), e.metrics().halfRecoverySec(), e.metrics().vagalReboundSize(), e.metrics().postMinusPreLevel(), e.metrics().peakS());
            }
        }
    }
}
