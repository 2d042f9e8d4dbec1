package org.lacrima.core.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded synthetic S and P axes (baseline z units, 4 Hz) with scripted episodes, for testing the
 * detector on the index level independently of the signal processing. Shapes are varied per seed
 * (amplitude, build-up length, drop speed, noise) so the tests do not fit one exact shape.
 */
final class SyntheticAxes {
    static final double RATE_HZ = 4;

    record Truth(double onsetSec, double peakSec, Outcome outcome) {
    }

    final double[] s;
    final double[] p;
    final List<Truth> truths = new ArrayList<>();
    private final Random random;

    SyntheticAxes(long seed, double minutes, List<Outcome> script) {
        random = new Random(seed);
        int n = (int) (minutes * 60 * RATE_HZ);
        s = new double[n];
        p = new double[n];
        double noise = 0.2 + 0.3 * random.nextDouble();
        double ar = 0;
        double arP = 0;
        for (int i = 0; i < n; i++) {
            // Slow wander (time constant ~12 s, sd ~ half the noise level) plus a little jitter: the tracker
            // is fed indices already smoothed over ±6 s, normalised by the baseline's own variability.
            ar = 0.98 * ar + noise * 0.1 * random.nextGaussian();
            arP = 0.98 * arP + noise * 0.1 * random.nextGaussian();
            s[i] = ar + 0.1 * noise * random.nextGaussian();
            p[i] = arP + 0.1 * noise * random.nextGaussian();
        }
        double gap = (minutes * 60 - 600) / Math.max(1, script.size());
        for (int e = 0; e < script.size(); e++) {
            double onset = 600 + e * gap + random.nextDouble() * 0.2 * gap;
            addEpisode(onset, script.get(e));
        }
    }

    private void addEpisode(double onsetSec, Outcome outcome) {
        double amplitude = 4 + 5 * random.nextDouble();
        // Build-ups of 2-4 minutes with a crying peak of 10-30 s before the turn: the detector needs a
        // rise that lasts about a minute over its entry level, which shorter shapes may not give.
        double buildUp = 120 + 120 * random.nextDouble();
        double hold = 10 + 20 * random.nextDouble();
        double peakSec = onsetSec + buildUp;
        double dropTau = 15 + 20 * random.nextDouble();
        for (int i = 0; i < s.length; i++) {
            double t = i / RATE_HZ;
            if (t < onsetSec) {
                continue;
            }
            double ds;
            double dp;
            if (t <= peakSec) {
                double x = (t - onsetSec) / buildUp;
                ds = amplitude * x * x;
                dp = -1.0 * x;
            } else if (outcome == Outcome.RESOLVED && t <= peakSec + hold) {
                ds = amplitude;
                dp = -1.0;
            } else {
                double after = t - peakSec - (outcome == Outcome.RESOLVED ? hold : 0);
                switch (outcome) {
                    case RESOLVED -> {
                        ds = amplitude * Math.exp(-after / dropTau) - 0.5 * (1 - Math.exp(-after / 20)) * Math.exp(-after / 200);
                        dp = -1 + 3.0 * (1 - Math.exp(-after / 20)) * Math.exp(-after / 240);
                    }
                    case SUSTAINED -> {
                        ds = after < 420 ? amplitude : amplitude * Math.exp(-(after - 420) / 120);
                        dp = -1;
                    }
                    default -> {
                        ds = amplitude * Math.max(0.15, 1 - after / 360);
                        dp = -1 + Math.min(1, after / 360);
                    }
                }
            }
            s[i] += ds;
            p[i] += dp;
        }
        truths.add(new Truth(onsetSec, peakSec, outcome));
    }
}
