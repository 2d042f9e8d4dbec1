package org.lacrima.validation.episode;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.ExertionDetector;
import org.lacrima.core.quality.MotionDetector;
import org.lacrima.core.quality.MotionTracker;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.TrueEpisode;

/**
 * Diagnostic, off unless {@code -Dlacrima.probe=true}: how much of crying's peak each index still covers (crying's own
 * movements, issue 19). Per device of seed set 0's episode sessions, the share of 4-Hz grid points with a value of heart
 * rate, skin conductance level, S and P over the crying span of each bout that sobs (resolved: 10 s before the peak to
 * 30 s after the release; sustained: the four minutes from the peak) and over the calm stretch before the first bout,
 * and the true-against-found outcomes of the bouts that sob.
 */
@EnabledIfSystemProperty(named = "lacrima.probe", matches = "true")
class CryingCoverageProbeTest {
    @Test
    void printCoverageAroundCryingPeaks() {
        List<WidenedSuite.Case> cases = WidenedSuite.cases(0, 26, 0, 0).stream()
                .filter(c -> c.device() != DevicePreset.RR_STRAP).toList();
        List<double[]> rows = Parallel.map(cases, CryingCoverageProbeTest::probe);
        Map<DevicePreset, double[]> sums = new EnumMap<>(DevicePreset.class);
        for (int i = 0; i < cases.size(); i++) {
            double[] s = sums.computeIfAbsent(cases.get(i).device(), d -> new double[rows.get(0).length]);
            for (int k = 0; k < s.length; k++) {
                s[k] += rows.get(i)[k];
            }
        }
        String[] names = {"HR", "SCL", "S", "P"};
        sums.forEach((device, s) -> {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-13s crying (%5.0f points):", device.token(), s[0]));
            for (int k = 0; k < 4; k++) {
                sb.append(String.format(Locale.ROOT, " %s %.2f", names[k], s[1 + k] / s[0]));
            }
            sb.append(String.format(Locale.ROOT, " | calm (%5.0f):", s[5]));
            for (int k = 0; k < 4; k++) {
                sb.append(String.format(Locale.ROOT, " %s %.2f", names[k], s[6 + k] / s[5]));
            }
            sb.append(String.format(Locale.ROOT, " | sustained found as sust/subs/res/missed %.0f/%.0f/%.0f/%.0f,"
                    + " resolved found as res/other/missed %.0f/%.0f/%.0f", s[10], s[11], s[12], s[13], s[14], s[15], s[16]));
            sb.append(String.format(Locale.ROOT, " | crying moving %.2f, in exertion stretches %.2f", s[17] / s[0], s[18] / s[0]));
            System.out.println(sb);
        });
    }

    private static double[] probe(WidenedSuite.Case c) {
        SimulatedSession session = SessionSimulator.simulate(c.config());
        SessionAnalysis analysis = new SessionAnalyzer().analyze(session.recording());
        BoutScore score = new BoutScore();
        score.add(session.truth().episodes(), analysis.episodes(), session.truth().confounders(), c.config().durationSec());
        double[] out = new double[23];
        Index[] indices = {Index.HR, Index.SCL, Index.S, Index.P};
        List<TrueEpisode> truth = session.truth().episodes();
        List<BadInterval> moving = moving(session);
        List<BadInterval> exertion = ExertionDetector.detect(moving, "x");
        for (TrueEpisode e : truth) {
            if (e.outcome() == Outcome.SUBSIDED) {
                continue;
            }
            double from = e.outcome() == Outcome.RESOLVED ? e.peakSec() - 10 : e.peakSec();
            double to = e.outcome() == Outcome.RESOLVED ? e.releaseSec() + 30 : e.peakSec() + 240;
            cover(analysis, indices, from, to, out, 0);
            for (double t = from; t < to; t += 0.25) {
                double x = t;
                out[17] += moving.stream().anyMatch(b -> b.startSec() <= x && x < b.endSec()) ? 1 : 0;
                out[18] += exertion.stream().anyMatch(b -> b.startSec() <= x && x < b.endSec()) ? 1 : 0;
            }
        }
        if (!truth.isEmpty()) {
            cover(analysis, indices, 60, truth.get(0).onsetSec() - 30, out, 5);
        }
        for (BoutScore.Match m : score.matches) {
            Outcome found = m.found() == null ? null : m.found().outcome();
            if (m.truth().outcome() == Outcome.SUSTAINED) {
                out[found == Outcome.SUSTAINED ? 10 : found == Outcome.SUBSIDED ? 11 : found == Outcome.RESOLVED ? 12 : 13]++;
            } else if (m.truth().outcome() == Outcome.RESOLVED) {
                out[found == Outcome.RESOLVED ? 14 : found != null ? 15 : 16]++;
            }
        }
        return out;
    }

    private static List<BadInterval> moving(SimulatedSession session) {
        List<Channel> axes = session.recording().channels().stream().filter(c -> c.type() == ChannelType.ACC).toList();
        if (axes.isEmpty()) {
            return List.of();
        }
        MotionTracker tracker = new MotionTracker("acc", axes.get(0).rateHz(), 0, axes.stream().map(Channel::unit).toList(),
                MotionDetector.DEFAULT_THRESHOLD_G);
        double[][] values = axes.stream().map(c -> c.values().toArray()).toArray(double[][]::new);
        tracker.accept(values, values[0].length);
        return tracker.moving();
    }

    private static void cover(SessionAnalysis analysis, Index[] indices, double from, double to, double[] out, int at) {
        for (double t = from; t < to; t += 0.25) {
            out[at]++;
            for (int k = 0; k < indices.length; k++) {
                Optional<RegularSeries> series = analysis.index(indices[k]);
                if (series.isPresent()) {
                    int i = (int) Math.round((t - series.get().startSec()) * series.get().rateHz());
                    if (i >= 0 && i < series.get().length() && Double.isFinite(series.get().values().get(i))) {
                        out[at + 1 + k]++;
                    }
                }
            }
        }
    }
}
