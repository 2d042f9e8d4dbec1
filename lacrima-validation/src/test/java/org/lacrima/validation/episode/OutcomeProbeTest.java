package org.lacrima.validation.episode;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lacrima.core.analysis.AxesProbe;
import org.lacrima.core.episode.AxisHistory;
import org.lacrima.core.episode.AxisPeek;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.TrueEpisode;

/**
 * Diagnostic, off unless {@code -Dlacrima.probe=true}: every found sustained or subsided bout of the widened suite
 * (true outcome sustained or subsided), one line each, {@code CONFUSED} when sustained and subsided were swapped,
 * with the outcome evidence ({@code plateauHeldFraction}, {@code driftPerWave}, {@code releaseDropFraction}, the time
 * at the top) and S and P from the found peak on in 30-s steps: S as a share of the excess of its plateau level over
 * the pre-onset level (median over each 30 s), P as a share of its withdrawal (1: still withdrawn as at the peak, 0:
 * back at its pre-onset level, negative: above it). {@code -Dlacrima.probe.only=TEXT} keeps sessions whose name
 * contains TEXT; {@code -Dlacrima.probe.trace=true} adds the confounders and a 10-s trace around each confused bout.
 */
@EnabledIfSystemProperty(named = "lacrima.probe", matches = "true")
class OutcomeProbeTest {
    @Test
    void printSustainedAndSubsidedBouts() {
        WidenedSuite.printProbes(WidenedSuite.cases(26, 4, 0), OutcomeProbeTest::probe);
    }

    private static String probe(WidenedSuite.Case c) {
        ProbedSession probed = ProbedSession.of(c);
        SimulatedSession session = probed.session();
        AxesProbe.Probe probe = probed.probe();
        BoutScore score = probed.score();
        List<TrueEpisode> truth = session.truth().episodes();
        StringBuilder sb = new StringBuilder();
        AxisHistory h = probe.axes();
        for (BoutScore.Match m : score.matches) {
            TrueEpisode e = m.truth();
            Episode f = m.found();
            if (f == null || e.outcome() == Outcome.RESOLVED || f.outcome() == Outcome.RESOLVED) {
                continue;
            }
            boolean confused = e.outcome() != f.outcome();
            double pk = f.peakSec();
            double pre = AxisPeek.sMedian(h, f.onsetSec() - 60, f.onsetSec());
            int top = AxisPeek.sArgMax(h, pk, pk + 240);
            double topSec = h.timeSec(top);
            double level = Math.min(h.s(top), mean(h, topSec - 45, topSec + 45));
            double excess = level - pre;
            double pPre = AxisPeek.pMedian(h, f.onsetSec() - 60, f.onsetSec());
            double pLow = Double.POSITIVE_INFINITY;
            for (double x = f.onsetSec(); x <= pk + 30; x += 2) {
                pLow = Math.min(pLow, AxisPeek.pMedian(h, x - 15, x + 15));
            }
            double withdrawal = pPre - pLow;
            StringBuilder sTrace = new StringBuilder();
            StringBuilder pTrace = new StringBuilder();
            for (double x = pk; x <= pk + 330; x += 30) {
                sTrace.append(String.format(Locale.ROOT, " %5.2f", (AxisPeek.sMedian(h, x, x + 30) - pre) / excess));
                pTrace.append(String.format(Locale.ROOT, " %5.2f", (pPre - AxisPeek.pMedian(h, x, x + 30)) / withdrawal));
            }
            // surges back to the top: 10-s medians every 5 s over 4 minutes from the peak; a dip is a fall of a tenth
            // of the excess below the last crest, a surge a return from a dip to within a fifth of the excess of the top
            double band = level + 0.0;
            int surges = 0;
            int dips = 0;
            boolean inDip = false;
            double lastCrest = Double.NEGATIVE_INFINITY;
            double lastSurgeSec = Double.NaN;
            for (double x = pk; x <= pk + 240; x += 5) {
                double v = AxisPeek.sMedian(h, x - 5, x + 5);
                if (!Double.isFinite(v)) {
                    continue;
                }
                if (!inDip) {
                    lastCrest = Math.max(lastCrest, v);
                    if (v < lastCrest - 0.1 * excess) {
                        inDip = true;
                        dips++;
                    }
                } else if (v >= band - 0.2 * excess) {
                    inDip = false;
                    surges++;
                    lastCrest = v;
                    lastSurgeSec = x - pk;
                }
            }
            double irrPre = AxisPeek.irregularityMedian(h, f.onsetSec() - 60, f.onsetSec());
            double irrPlat = AxisPeek.irregularityMedian(h, pk, pk + 240);
            EpisodeMetrics mt = f.metrics();
            sb.append(String.format(Locale.ROOT,
                    "%s %s true %s%s found %s | %s | amp %.2f bu %.0f tpk %.0f tend %.0f | on %.0f pk %.0f end %.0f "
                            + "| held %.2f drift %.2f rdrop %.2f atTop %.0f reb %.2f | pre %.1f exc %.1f top@%+.0f pPre %.1f wdr %.1f%n"
                            + "   surges %d dips %d lastSurge %.0f irr pre %.2f plat %.2f%n   S%s%n   P%s%n",
                    confused ? "CONFUSED" : "ok      ", c.device().token(), e.outcome().jsonName(),
                    e.interrupted() ? "-int" : "", f.outcome().jsonName(), c.name().replaceAll(":.*", ""),
                    e.peakArousal(), e.buildUpSec(), e.peakSec(), e.endSec(), f.onsetSec(), pk, f.endSec(),
                    mt.plateauHeldFraction(), mt.driftPerWave(), mt.releaseDropFraction(), mt.secondsAboveThreshold(),
                    mt.vagalReboundSize(), pre, excess, topSec - pk, pPre, withdrawal, surges, dips, lastSurgeSec, irrPre, irrPlat, sTrace, pTrace));
            if (confused && Boolean.getBoolean("lacrima.probe.trace")) {
                sb.append(ProbeTrace.confounders(session, e.onsetSec(), e.endSec()));
                sb.append(ProbeTrace.axes(probe, e.onsetSec(), Math.min(e.endSec(), pk + 360), 10));
            }
        }
        return sb.toString();
    }

    private static double mean(AxisHistory h, double fromSec, double toSec) {
        double sum = 0;
        int n = 0;
        for (int k = h.samples(fromSec); k < h.samples(toSec); k++) {
            if (k >= 0 && k < h.length() && Double.isFinite(h.s(k))) {
                sum += h.s(k);
                n++;
            }
        }
        return n > 0 ? sum / n : Double.NaN;
    }
}
