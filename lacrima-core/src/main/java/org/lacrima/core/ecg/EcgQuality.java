package org.lacrima.core.ecg;

import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.Samples;

/**
 * Signal quality of an ECG from its detected R-peaks, one score per 10 s segment, 0 (unusable)
 * to 1 (clean).
 *
 * <p>Score = template agreement × rhythm plausibility. Template agreement is the mean correlation
 * (negative taken as 0) of each beat's raw waveform (100 ms before to 150 ms after the R-peak,
 * mean removed) with the segment's average beat: noise, motion and misplaced detections lower it,
 * while a few ventricular beats among many normal ones lower it a little. Rhythm plausibility is 1
 * when the segment's heart rate lies within 30–220 bpm and at least 80 % of its RR intervals lie
 * within 0.6–1.6 times their median, falling linearly to 0 as that share falls to 40 %. A segment
 * with fewer than 3 beats scores 0.
 */
public final class EcgQuality {
    /** Segment length in seconds. */
    public static final double SEGMENT_SEC = 10;
    private static final double BEFORE_SEC = 0.10;
    private static final double AFTER_SEC = 0.15;

    private EcgQuality() {
    }

    /** Scores {@code ecg} (a regular channel) given its R-peaks; series "ecgQuality", unit "1", one value per 10 s. */
    public static RegularSeries score(Channel ecg, RPeaks peaks) {
        if (!ecg.isRegular() || ecg.length() == 0) {
            return new RegularSeries("ecgQuality", "1", ecg.startOffsetSec(), 1 / SEGMENT_SEC, Samples.empty());
        }
        double rate = ecg.rateHz();
        double start = ecg.startOffsetSec();
        int segments = (int) Math.ceil(ecg.length() / rate / SEGMENT_SEC);
        double[] scores = new double[segments];
        double[] beats = peaks.timesSec().toArray();
        int before = (int) Math.round(BEFORE_SEC * rate);
        int after = (int) Math.round(AFTER_SEC * rate);
        int width = before + after + 1;
        int first = 0;
        for (int s = 0; s < segments; s++) {
            double from = start + s * SEGMENT_SEC;
            double to = from + SEGMENT_SEC;
            while (first < beats.length && beats[first] < from) {
                first++;
            }
            int last = first;
            while (last < beats.length && beats[last] < to) {
                last++;
            }
            scores[s] = segmentScore(ecg.values(), rate, start, beats, first, last, before, width);
        }
        return new RegularSeries("ecgQuality", "1", start, 1 / SEGMENT_SEC, Samples.wrap(scores));
    }

    private static double segmentScore(Samples x, double rate, double start, double[] beats, int first, int last,
                                       int before, int width) {
        int count = last - first;
        if (count < 3) {
            return 0;
        }
        double[][] waves = new double[count][];
        double[] template = new double[width];
        int used = 0;
        for (int b = first; b < last; b++) {
            int centre = (int) Math.round((beats[b] - start) * rate);
            int from = centre - before;
            if (from < 0 || from + width > x.length()) {
                continue;
            }
            double[] w = new double[width];
            double mean = 0;
            for (int i = 0; i < width; i++) {
                w[i] = x.get(from + i);
                mean += w[i];
            }
            mean /= width;
            for (int i = 0; i < width; i++) {
                w[i] -= mean;
                template[i] += w[i];
            }
            if (!Double.isFinite(mean)) {
                return 0;
            }
            waves[used++] = w;
        }
        if (used < 3) {
            return 0;
        }
        double agreement = 0;
        for (int b = 0; b < used; b++) {
            agreement += Math.max(0, correlation(waves[b], template));
        }
        agreement /= used;
        return agreement * plausibility(beats, first, last);
    }

    private static double plausibility(double[] beats, int first, int last) {
        int n = last - first - 1;
        double[] rr = new double[n];
        for (int i = 0; i < n; i++) {
            rr[i] = beats[first + i + 1] - beats[first + i];
        }
        double[] sorted = rr.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted[n / 2];
        double bpm = 60 / median;
        if (bpm < 30 || bpm > 220) {
            return 0;
        }
        int regular = 0;
        for (double r : rr) {
            if (r >= 0.6 * median && r <= 1.6 * median) {
                regular++;
            }
        }
        double share = (double) regular / n;
        return Math.max(0, Math.min(1, (share - 0.4) / 0.4));
    }

    private static double correlation(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
    }
}
