package org.lacrima.validation.episode;

import java.util.Locale;
import org.lacrima.core.analysis.AxesProbe;
import org.lacrima.core.episode.AxisHistory;
import org.lacrima.core.episode.AxisPeek;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.sim.Confounder;
import org.lacrima.core.sim.SimulatedSession;

/** What the probes print around a stretch of a simulated session: the confounders near it and a trace of the axes. */
final class ProbeTrace {
    private ProbeTrace() {
    }

    /** The behavioural confounders overlapping five minutes before {@code fromSec} to a minute after {@code toSec}. */
    static String confounders(SimulatedSession session, double fromSec, double toSec) {
        StringBuilder sb = new StringBuilder();
        for (Confounder k : session.truth().confounders()) {
            if (k.kind().behavioural() && k.endSec() > fromSec - 300 && k.startSec() < toSec + 60) {
                sb.append(String.format(Locale.ROOT, "   %s %.0f-%.0f%n", k.kind().token(), k.startSec(), k.endSec()));
            }
        }
        return sb.toString();
    }

    /**
     * Heart rate, RSA, S, P and each channel's S every {@code stepSec} from two minutes before {@code fromSec} to a
     * minute after {@code toSec} (medians over ±2 s for the axes).
     */
    static String axes(AxesProbe.Probe probe, double fromSec, double toSec, double stepSec) {
        AxisHistory h = probe.axes();
        RegularSeries hr = probe.analysis().index(Index.HR).orElse(null);
        RegularSeries rsa = probe.analysis().index(Index.RSA).orElse(null);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "   baseline %.0f-%.0f s%n",
                probe.analysis().baseline().startSec(), probe.analysis().baseline().endSec()));
        sb.append("   t      hr    rsa     S     P  " + String.join(" ", h.channels()) + "\n");
        for (double t = Math.max(0, fromSec - 120); t <= toSec + 60; t += stepSec) {
            StringBuilder ch = new StringBuilder();
            for (int k = 0; k < h.channels().size(); k++) {
                ch.append(String.format(Locale.ROOT, " %5.1f", AxisPeek.channelMedian(h, k, t - 2, t + 2)));
            }
            sb.append(String.format(Locale.ROOT, "   %5.0f %5.1f %5.2f %5.1f %5.1f %s%n", t, at(hr, t), at(rsa, t),
                    AxisPeek.sMedian(h, t - 2, t + 2), AxisPeek.pMedian(h, t - 2, t + 2), ch));
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
