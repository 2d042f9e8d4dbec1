package org.lacrima.validation.episode;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lacrima.core.analysis.AxesProbe;
import org.lacrima.core.episode.AxisHistory;
import org.lacrima.core.episode.AxisPeek;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeExplanation;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.sim.Confounder;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulatedSession;

/**
 * Diagnostic, off unless {@code -Dlacrima.probe=true}: every episode found on the widened suite's episode-free
 * hours, with the behavioural confounders around it, its metrics and explanation, and a 10-s trace of heart rate,
 * RSA, S, P and each channel's S from two minutes before its onset to a minute after its end, to group the false
 * episodes by what the recording showed. {@code -Dlacrima.probe.only=TEXT} keeps sessions whose name contains TEXT.
 */
@EnabledIfSystemProperty(named = "lacrima.probe", matches = "true")
class FalseEpisodeProbeTest {
    @Test
    void printFalseEpisodes() {
        WidenedSuite.printProbes(WidenedSuite.cases(0, 0, 8), FalseEpisodeProbeTest::probe);
    }

    private static String probe(WidenedSuite.Case c) {
        SimulatedSession session = SessionSimulator.simulate(c.config());
        AxesProbe.Probe probe = AxesProbe.analyze(session.recording());
        AxisHistory h = probe.axes();
        StringBuilder sb = new StringBuilder();
        for (Episode e : probe.analysis().episodes()) {
            sb.append(String.format(Locale.ROOT, "== %s: %.0f-%.0f-%.0f %s%n   %s%n   %s%n", c.name(), e.onsetSec(),
                    e.peakSec(), e.endSec(), e.outcome().jsonName(), EpisodeExplanation.of(e), e.metrics()));
            for (Confounder k : session.truth().confounders()) {
                if (k.kind().behavioural() && k.endSec() > e.onsetSec() - 300 && k.startSec() < e.endSec() + 60) {
                    sb.append(String.format(Locale.ROOT, "   %s %.0f-%.0f%n", k.kind().token(), k.startSec(), k.endSec()));
                }
            }
            RegularSeries hr = probe.analysis().index(Index.HR).orElse(null);
            RegularSeries rsa = probe.analysis().index(Index.RSA).orElse(null);
            sb.append("   t      hr    rsa     S     P  " + String.join(" ", h.channels()) + "\n");
            for (double t = Math.max(0, e.onsetSec() - 120); t <= e.endSec() + 60; t += 10) {
                StringBuilder ch = new StringBuilder();
                for (int k = 0; k < h.channels().size(); k++) {
                    ch.append(String.format(Locale.ROOT, " %5.1f", AxisPeek.channelMedian(h, k, t - 2, t + 2)));
                }
                sb.append(String.format(Locale.ROOT, "   %5.0f %5.1f %5.2f %5.1f %5.1f %s%n", t, at(hr, t), at(rsa, t),
                        AxisPeek.sMedian(h, t - 2, t + 2), AxisPeek.pMedian(h, t - 2, t + 2), ch));
            }
        }
        return sb.toString();
    }

    private static double at(RegularSeries s, double t) {
        if (s == null) {
            return Double.NaN;
        }
        int i = (int) Math.round((t - s.startSec()) * s.rateHz());
        return i >= 0 && i < s.length() ? s.values().get(i) : Double.NaN;
    }
}
