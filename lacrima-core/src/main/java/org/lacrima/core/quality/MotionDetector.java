package org.lacrima.core.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lacrima.core.model.Channel;

/**
 * Marks movement from the accelerometer: 1-second windows in which the standard deviation of the
 * acceleration magnitude exceeds a threshold (default 0.1 g; sitting still, including crying, stays
 * well below, while gesturing or shifting posture exceeds it). Windows are widened by one window on
 * each side because EDA and PPG artefacts outlast the movement itself.
 */
public final class MotionDetector {
    private final double thresholdG;

    /** With the default threshold of 0.1 g. */
    public MotionDetector() {
        this(0.1);
    }

    /** @param thresholdG standard deviation of the acceleration magnitude (in g) above which a window is motion */
    public MotionDetector(double thresholdG) {
        this.thresholdG = thresholdG;
    }

    /**
     * Motion intervals from one to three ACC axes of the same rate (one channel is taken as a magnitude).
     * Units "g" (default), "m/s^2" and E4's raw "1/64 g" are understood.
     *
     * @param axes      the ACC channels
     * @param labelFor  the channel label the intervals are attributed to (the signal they corrupt)
     */
    public List<BadInterval> detect(List<Channel> axes, String labelFor) {
        List<BadInterval> out = new ArrayList<>();
        if (axes.isEmpty() || !axes.get(0).isRegular()) {
            return out;
        }
        Channel first = axes.get(0);
        int n = axes.stream().filter(Channel::isRegular).mapToInt(Channel::length).min().orElse(0);
        double rate = first.rateHz();
        int window = Math.max(2, (int) Math.round(rate));
        double[] magnitude = new double[n];
        for (Channel axis : axes) {
            if (axis.isRegular() && axis.rateHz() == rate) {
                double scale = toG(axis.unit());
                for (int i = 0; i < n; i++) {
                    double a = axis.values().get(i) * scale;
                    magnitude[i] += a * a;
                }
            }
        }
        double windowSec = window / rate;
        for (int start = 0; start + window <= n; start += window) {
            double sum = 0;
            double sumSq = 0;
            int count = 0;
            for (int i = start; i < start + window; i++) {
                double m = Math.sqrt(magnitude[i]);
                if (!Double.isNaN(m)) {
                    sum += m;
                    sumSq += m * m;
                    count++;
                }
            }
            if (count < 2) {
                continue;
            }
            double mean = sum / count;
            double sd = Math.sqrt(Math.max(0, sumSq / count - mean * mean));
            if (sd > thresholdG) {
                double t = first.timeOfSec(start);
                BadInterval b = new BadInterval(labelFor, Math.max(first.timeOfSec(0), t - windowSec),
                        t + 2 * windowSec, QualityIssue.MOTION);
                BadInterval last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && b.startSec() <= last.endSec()) {
                    out.set(out.size() - 1, new BadInterval(labelFor, last.startSec(), b.endSec(), QualityIssue.MOTION));
                } else {
                    out.add(b);
                }
            }
        }
        return out;
    }

    private static double toG(String unit) {
        String u = unit.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (u.equals("m/s^2") || u.equals("m/s2") || u.equals("m/s²")) {
            return 1 / 9.80665;
        }
        if (u.equals("1/64g")) {
            return 1 / 64.0;
        }
        return 1;
    }
}
