package org.lacrima.validation.episode;

import java.util.List;
import org.lacrima.core.model.Channel;

/**
 * Finds the WESAD synchronisation gesture in a wrist accelerometer: a double tap on the chest gives two
 * sharp jolts (changes of the acceleration magnitude) 0.15-0.8 s apart, each isolated by 2 s without
 * another jolt. Ordinary movements make many such pairs, so the candidates are ranked by the weaker
 * jolt over the restlessness (standard deviation of the magnitude) of the 5 s around them: a deliberate
 * tap in a still moment ranks first.
 */
final class DoubleTap {
    private static final double QUIET_SEC = 2;
    private static final double CONTEXT_SEC = 5;

    private DoubleTap() {
    }

    /** Seconds from the recording start of the best double tap starting before {@code latestSec}, or NaN. */
    static double find(List<Channel> axes, double latestSec) {
        Channel x = axes.get(0);
        double rate = x.rateHz();
        int n = x.length();
        double[] magnitude = new double[n];
        double[] jolt = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (Channel c : axes) {
                double v = c.values().get(i);
                sum += v * v;
            }
            magnitude[i] = Math.sqrt(sum);
            jolt[i] = i == 0 ? 0 : Math.abs(magnitude[i] - magnitude[i - 1]);
        }
        double[] sorted = jolt.clone();
        java.util.Arrays.sort(sorted);
        double threshold = Math.max(8 * sorted[n / 2], 0.5 * sorted[(int) (0.999 * (n - 1))]);
        int quiet = (int) (QUIET_SEC * rate);
        int context = (int) (CONTEXT_SEC * rate);
        double bestScore = 0;
        double best = Double.NaN;
        int last = (int) Math.min(n - context, latestSec * rate);
        for (int i = context; i < last; i++) {
            if (jolt[i] < threshold || !quietBetween(jolt, i - quiet, i - 1, threshold)) {
                continue;
            }
            for (int j = i + (int) (0.15 * rate); j <= i + (int) (0.8 * rate) && j < n - context; j++) {
                if (jolt[j] >= threshold && quietBetween(jolt, j + 2, j + quiet, threshold)) {
                    double restless = Math.max(sd(magnitude, i - context, i - 2), sd(magnitude, j + 3, j + context));
                    double score = Math.min(jolt[i], jolt[j]) / (restless + 0.01 * sorted[n / 2] + 1e-9);
                    if (score > bestScore) {
                        bestScore = score;
                        best = x.timeOfSec(i);
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static boolean quietBetween(double[] jolt, int from, int to, double threshold) {
        for (int k = Math.max(0, from); k < Math.min(jolt.length, to); k++) {
            if (jolt[k] >= threshold) {
                return false;
            }
        }
        return true;
    }

    private static double sd(double[] v, int from, int to) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (int k = Math.max(0, from); k < Math.min(v.length, to); k++) {
            sum += v[k];
            sq += v[k] * v[k];
            n++;
        }
        return n < 2 ? 0 : Math.sqrt(Math.max(0, sq / n - (sum / n) * (sum / n)));
    }
}
