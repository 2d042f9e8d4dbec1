package org.lacrima.core.rsp;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.model.Channel;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityIssue;

/**
 * The belt's judged windows: {@value BeltStepDetector#WINDOW_SEC} s every {@value BeltStepDetector#HOP_SEC} s on a grid
 * fixed to the recording start, each judged on its own samples only, so a window's verdict does not depend on how the
 * belt arrived in blocks; the windows judged moving are merged into stretches, each window standing for its middle
 * second.
 */
final class BeltWindows {
    /** A verdict on one window: its samples (reused between calls) and its start, seconds. */
    @FunctionalInterface
    interface Verdict {
        boolean moving(double[] x, double startSec);
    }

    private BeltWindows() {
    }

    /**
     * The stretches of {@code rsp} whose windows, among those starting in {@code [fromSec, toSec)} that the channel
     * covers, {@code verdict} judges moving, attributed to {@code label} as exertion; none for a belt sampled slower
     * than {@code minRateHz} or irregularly.
     */
    static List<BadInterval> judge(Channel rsp, double fromSec, double toSec, String label, double minRateHz,
                                   Verdict verdict) {
        List<BadInterval> out = new ArrayList<>();
        if (rsp == null || !rsp.isRegular() || rsp.rateHz() < minRateHz) {
            return out;
        }
        double rate = rsp.rateHz();
        double window = BeltStepDetector.WINDOW_SEC;
        double hop = BeltStepDetector.HOP_SEC;
        int n = (int) Math.round(window * rate);
        long first = (long) Math.ceil(Math.max(fromSec, rsp.startOffsetSec()) / hop);
        long last = (long) Math.floor((Math.min(toSec, rsp.endSec()) - window) / hop);
        double[] x = new double[n];
        double start = Double.NaN;
        double end = Double.NaN;
        for (long k = first; k <= last; k++) {
            double t = k * hop;
            int i0 = (int) Math.round((t - rsp.startOffsetSec()) * rate);
            if (i0 < 0 || i0 + n > rsp.length()) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                x[i] = rsp.values().get(i0 + i);
            }
            if (verdict.moving(x, t)) {
                double from = t + (window - hop) / 2;
                if (!Double.isNaN(end) && from <= end) {
                    end = from + hop;
                } else {
                    add(out, start, end, label);
                    start = from;
                    end = from + hop;
                }
            }
        }
        add(out, start, end, label);
        return out;
    }

    private static void add(List<BadInterval> out, double start, double end, String label) {
        if (!Double.isNaN(start)) {
            out.add(new BadInterval(label, start, end, QualityIssue.EXERTION));
        }
    }
}
