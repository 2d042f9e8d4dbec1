package org.lacrima.validation.episode;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.ExertionDetector;
import org.lacrima.core.rsp.BeltStepDetector;
import org.lacrima.core.sim.Confounder;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.TrueEpisode;

/**
 * Diagnostic, off unless {@code -Dlacrima.probe=true}: on the widened suite's chest sessions without accelerometer,
 * how much of the simulated walks the belt's steps ({@link BeltStepDetector}) find, and how much of everything else
 * (true episodes, the rest) they take for steps; and the exertion stretches that reach into a true episode.
 */
@EnabledIfSystemProperty(named = "lacrima.probe", matches = "true")
class BeltStepProbeTest {
    @Test
    void printStepsFound() {
        List<WidenedSuite.Case> cases = WidenedSuite.cases(26, 4, 8).stream()
                .filter(c -> c.device() == DevicePreset.CHEST_NO_ACC).toList();
        List<double[]> sums = Parallel.map(cases, BeltStepProbeTest::probe);
        double[] total = new double[8];
        for (double[] s : sums) {
            for (int k = 0; k < total.length; k++) {
                total[k] += s[k];
            }
        }
        System.out.printf(Locale.ROOT, "belt steps: walks %.0f of %.0f s flagged (%.3f); episodes %.0f of %.0f s (%.4f);"
                        + " exertion stretches from no walk into an episode %.0f; walks found as exertion %.0f; all %.0f of %.0f s%n",
                total[0], total[1], total[0] / total[1], total[2], total[3], total[2] / total[3], total[4], total[5], total[6], total[7]);
    }

    @Test
    void printFlaggedWindows() {
        String only = System.getProperty("lacrima.probe.only", "seed 1021:");
        WidenedSuite.cases(26, 4, 8).stream().filter(c -> c.device() == DevicePreset.CHEST_NO_ACC
                && c.name().contains(only)).forEach(c -> {
            SimulatedSession session = SessionSimulator.simulate(c.config());
            Channel rsp = session.recording().firstChannel(ChannelType.RSP).orElseThrow();
            int n = (int) Math.round(BeltStepDetector.WINDOW_SEC * rsp.rateHz());
            double[] x = new double[n];
            for (double t = 0; t + BeltStepDetector.WINDOW_SEC < rsp.endSec(); t += 1) {
                int i0 = (int) Math.round(t * rsp.rateHz());
                for (int i = 0; i < n; i++) {
                    x[i] = rsp.values().get(i0 + i);
                }
                double[] line = BeltStepDetector.strongestLine(x, rsp.rateHz());
                double tt = t;
                String near = session.truth().confounders().stream().filter(k -> k.kind().behavioural()
                        && k.startSec() < tt + 8 && k.endSec() > tt).map(k -> k.kind().token()).toList().toString();
                String ep = session.truth().episodes().stream().anyMatch(e -> e.onsetSec() < tt + 8 && e.endSec() > tt)
                        ? "episode" : "";
                if (line[1] >= 0.4) {
                    System.out.printf(Locale.ROOT, "%s %6.0f %.2f Hz %.2f %s %s%n", c.name().substring(0, 30), t,
                            line[0], line[1], near, ep);
                }
            }
        });
    }

    private static double[] probe(WidenedSuite.Case c) {
        SimulatedSession session = SessionSimulator.simulate(c.config());
        Channel rsp = session.recording().firstChannel(ChannelType.RSP).orElseThrow();
        double[] beats = session.truth().beatTimesSec().toArray();
        List<BadInterval> steps = BeltStepDetector.detect(rsp, 0, Double.POSITIVE_INFINITY, "belt", (from, to) -> {
            int first = java.util.Arrays.binarySearch(beats, from);
            int last = java.util.Arrays.binarySearch(beats, to);
            first = first < 0 ? -first - 1 : first;
            last = last < 0 ? -last - 1 : last;
            return last - first < 4 ? Double.NaN : (last - first - 1) / (beats[last - 1] - beats[first]);
        });
        List<BadInterval> exertion = ExertionDetector.detect(steps, "belt");
        double[] s = new double[8];
        s[7] = session.recording().durationSec();
        s[6] = overlap(steps, 0, s[7]);
        for (Confounder k : session.truth().confounders()) {
            if (k.kind() == ConfounderKind.WALK) {
                s[1] += k.endSec() - k.startSec();
                s[0] += overlap(steps, k.startSec(), k.endSec());
                s[6] -= overlap(steps, k.startSec(), k.endSec());
                s[7] -= k.endSec() - k.startSec();
                s[5] += exertion.stream().anyMatch(e -> e.overlaps(k.startSec(), k.endSec())) ? 1 : 0;
            }
        }
        for (TrueEpisode e : session.truth().episodes()) {
            s[3] += e.endSec() - e.onsetSec();
            double o = overlap(steps, e.onsetSec(), e.endSec());
            s[2] += o;
            boolean hit = exertion.stream().anyMatch(x -> x.overlaps(e.onsetSec(), e.endSec())
                    && session.truth().confounders().stream().noneMatch(k -> k.kind() == ConfounderKind.WALK
                            && x.overlaps(k.startSec(), k.endSec())));
            s[4] += hit ? 1 : 0;
            if (hit) {
                System.out.printf(Locale.ROOT, "%s: episode %.0f-%.0f %s: %.0f s flagged%s%n", c.name(), e.onsetSec(),
                        e.endSec(), e.outcome(), o, hit ? ", exertion reaches it" : "");
            }
        }
        return s;
    }

    private static double overlap(List<BadInterval> bad, double from, double to) {
        double o = 0;
        for (BadInterval b : bad) {
            o += Math.max(0, Math.min(to, b.endSec()) - Math.max(from, b.startSec()));
        }
        return o;
    }
}
