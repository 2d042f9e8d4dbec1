package org.lacrima.core.episode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;

class DebugRunTest {
    @Test
    void dump() {
        for (int seed = 1; seed <= 4; seed++) {
            SimulatedSession sim = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed).withDurationSec(45 * 60));
            long t0 = System.nanoTime();
            SessionAnalysis a = new SessionAnalyzer().analyze(sim.recording());
            System.out.printf("seed %d %.0f ms baseline %s%n", seed, (System.nanoTime() - t0) / 1e6, a.baseline());
            sim.truth().episodes().forEach(t -> System.out.printf("  TRUE on %.0f pk %.0f rel %.0f end %.0f %s int=%s amp %.2f%n",
                    t.onsetSec(), t.peakSec(), t.releaseSec(), t.endSec(), t.outcome(), t.interrupted(), t.peakArousal()));
            for (Episode e : a.episodes()) {
                System.out.printf("  FOUND on %.0f pk %.0f rel %.0f end %.0f %s int=%s gone60 %.2f half %.0f reb %.2f post %.2f peakS %.2f conf %.2f%n",
                        e.onsetSec(), e.peakSec(), e.releaseSec(), e.endSec(), e.outcome(), e.interrupted(),
                        e.metrics().excessGoneFraction60s(), e.metrics().halfRecoverySec(), e.metrics().vagalReboundSize(),
                        e.metrics().postMinusPreLevel(), e.metrics().peakS(), e.confidence());
            }
            var s = a.index("S").orElseThrow();
            var p = a.index("P").orElseThrow();
            StringBuilder sb = new StringBuilder("  S/P per 30s: ");
            for (int k = 0; k < s.length(); k += 120) {
                sb.append(String.format("%.0f:%.1f/%.1f ", k / 4.0, s.values().get(k), p.values().get(k)));
            }
            System.out.println(sb);
            System.out.println("  warnings " + a.warnings());
        }
    }
}
