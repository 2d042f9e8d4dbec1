package org.lacrima.validation.episode;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lacrima.core.episode.Episode;

@EnabledIfSystemProperty(named = "scratch.dump", matches = ".+")
class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        List<WidenedSuite.Result> results = WidenedSuite.runAll(WidenedSuite.cases(26, 4, 8));
        try (PrintWriter out = new PrintWriter(System.getProperty("scratch.dump"))) {
            out.println("device,kind,name,truth,onset,peak,outcome,trueOutcome,buildUp,peakS,gone60,rebound,latency,above,drop,channels,near,held75,held50,rise10,topMed20,heldR4,heldR8,heldE15,heldE20,heldR12,h12ratio,preSlope");
            for (WidenedSuite.Result r : results) {
                BoutScore s = new BoutScore();
                s.add(r.truth().episodes(), r.analysis().episodes(), r.truth().confounders(), r.sessionCase().config().durationSec());
                for (BoutScore.Match m : s.matches) {
                    if (m.found() != null) row(out, r, m.found(), "true", m.truth().outcome().jsonName());
                }
                for (BoutScore.FalseEpisode f : s.falseEpisodes) row(out, r, f.found(), "false", "");
            }
        }
    }

    private static void row(PrintWriter out, WidenedSuite.Result r, Episode e, String truth, String trueOutcome) {
        var m = e.metrics();
        var S = r.analysis().index("S").orElseThrow();
        int on = (int) Math.round((e.onsetSec() - S.startSec()) * S.rateHz());
        int pk = (int) Math.round((e.peakSec() - S.startSec()) * S.rateHz());
        double pre = S.values().get(Math.max(0, on)), top = S.values().get(pk);
        double[] held = new double[2];
        double[] fr = {0.75, 0.5};
        for (int q = 0; q < 2; q++) {
            double lvl = pre + fr[q] * (top - pre);
            int a = pk, b = pk;
            while (a > 0 && S.values().get(a - 1) >= lvl) a--;
            while (b < S.length() - 1 && S.values().get(b + 1) >= lvl) b++;
            held[q] = (b - a + 1) / S.rateHz();
        }
        int tenBefore = Math.max(on, pk - (int) (10 * S.rateHz()));
        double rise10 = (top - S.values().get(tenBefore)) / Math.max(1e-9, top - pre);
        double[] win = new double[(int) (20 * S.rateHz()) + 1];
        for (int i = 0; i < win.length; i++) win[i] = S.values().get(Math.min(S.length() - 1, Math.max(0, pk - win.length / 2 + i)));
        java.util.Arrays.sort(win);
        double[] heldR = new double[2];
        int[] ws = {(int) (12 * S.rateHz()), (int) (8 * S.rateHz())};
        for (int q = 0; q < 2; q++) {
            int w = ws[q];
            double best = Double.NEGATIVE_INFINITY; int at = pk;
            for (int c = Math.max(0, on); c <= Math.min(S.length() - 1, pk + (int) (30 * S.rateHz())); c++) {
                double[] x = new double[w + 1];
                for (int i = 0; i <= w; i++) x[i] = S.values().get(Math.min(S.length() - 1, Math.max(0, c - w / 2 + i)));
                java.util.Arrays.sort(x);
                if (x[w / 2] > best) { best = x[w / 2]; at = c; }
            }
            double lvl = pre + 0.75 * (best - pre);
            int a = at, b = at;
            while (a > 0 && S.values().get(a - 1) >= lvl) a--;
            while (b < S.length() - 1 && S.values().get(b + 1) >= lvl) b++;
            heldR[q] = (b - a + 1) / S.rateHz();
        }
        double[] heldE = new double[2];
        double[] rises = {1.5, 2.0};
        for (int q = 0; q < 2; q++) {
            int run = 0, best = 0;
            for (int c = Math.max(0, on); c <= Math.min(S.length() - 1, pk + (int) (60 * S.rateHz())); c++) {
                run = S.values().get(c) >= pre + rises[q] ? run + 1 : 0;
                best = Math.max(best, run);
            }
            heldE[q] = best / S.rateHz();
        }
        double h12 = Double.NEGATIVE_INFINITY;
        int w12 = (int) (12 * S.rateHz());
        for (int c = Math.max(0, on); c + w12 <= Math.min(S.length(), pk + (int) (60 * S.rateHz())); c++) {
            double mn = Double.POSITIVE_INFINITY;
            for (int i = c; i < c + w12; i++) mn = Math.min(mn, S.values().get(i));
            h12 = Math.max(h12, mn);
        }
        double robustTop = Double.NEGATIVE_INFINITY;
        for (int c = Math.max(0, on); c <= Math.min(S.length() - 1, pk + (int) (30 * S.rateHz())); c++) {
            double[] x = new double[33];
            for (int i = 0; i < 33; i++) x[i] = S.values().get(Math.min(S.length() - 1, Math.max(0, c - 16 + i)));
            java.util.Arrays.sort(x);
            robustTop = Math.max(robustTop, x[16]);
        }
        double h12ratio = (h12 - pre) / Math.max(1e-9, robustTop - pre);
        double preSlope = S.values().get(Math.max(0, on)) - S.values().get(Math.max(0, on - (int) (60 * S.rateHz())));
        double topMed20 = (win[win.length / 2] - pre) / Math.max(1e-9, top - pre);
        StringBuilder near = new StringBuilder();
        for (var c : r.truth().confounders()) {
            if (c.endSec() >= e.onsetSec() - 90 && c.startSec() <= e.peakSec() + 60) {
                near.append(c.kind().token()).append('@').append(Math.round(c.startSec() - e.peakSec())).append(' ');
            }
        }
        out.println(String.format(Locale.ROOT, "%s,%s,\"%s\",%s,%.1f,%.1f,%s,%s,%.1f,%.2f,%.2f,%.2f,%.1f,%.1f,%.2f,%s,%s,%.1f,%.1f,%.2f,%.2f,%.1f,%.1f,%.1f,%.1f,%.1f,%.2f,%.2f",
                r.sessionCase().device().token(), r.sessionCase().kind(), r.sessionCase().name(), truth, e.onsetSec(), e.peakSec(),
                e.outcome().jsonName(), trueOutcome, m.buildUpSec(), m.peakS(), m.excessGoneFraction60s(), m.vagalReboundSize(),
                m.vagalReboundLatencySec(), m.secondsAboveThreshold(), m.releaseDropFraction(), String.join("+", m.channelsUsed()), near.toString().trim(), held[0], held[1], rise10, topMed20, heldR[0], heldR[1], heldE[0], heldE[1], heldR[0], h12ratio, preSlope));
    }
}
