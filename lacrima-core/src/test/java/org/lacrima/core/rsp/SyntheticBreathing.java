package org.lacrima.core.rsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;

/**
 * Seeded synthetic respiration belt signal: a cosine-shaped cycle whose rate wanders slowly between
 * 8 and 24 breaths/min and whose depth varies, on a drifting baseline with noise. With
 * {@code sobbing} the cycles are jerky: each breath gets its own random length and depth.
 * Knows the true inspiration onsets (cycle troughs) and the true rate at every instant.
 */
record SyntheticBreathing(Channel channel, double[] onsetsSec, double[] trueRatePerMin) {

    static SyntheticBreathing generate(long seed, double rateHz, double durationSec, boolean sobbing) {
        Random rnd = new Random(seed);
        int n = (int) Math.round(durationSec * rateHz);
        double[] x = new double[n];
        double[] trueRate = new double[n];
        List<Double> onsets = new ArrayList<>();
        double base = 8 + 16 * rnd.nextDouble();
        double target = base;
        double bpm = base;
        double phase = 0;
        double depth = 1;
        double cycleFactor = 1;
        double cycleDepth = 1;
        double drift = 0;
        for (int i = 0; i < n; i++) {
            if (i % (int) (20 * rateHz) == 0) {
                target = 8 + 16 * rnd.nextDouble();
            }
            bpm += (target - bpm) / (15 * rateHz);
            depth = Math.max(0.3, depth + rnd.nextGaussian() * 0.01);
            double instantaneous = bpm * cycleFactor;
            double previousPhase = phase;
            phase += 2 * Math.PI * instantaneous / 60 / rateHz;
            if (Math.floor(phase / (2 * Math.PI)) > Math.floor(previousPhase / (2 * Math.PI))) {
                onsets.add(i / rateHz);
                cycleFactor = sobbing ? 0.6 + 1.2 * rnd.nextDouble() : 1;
                cycleDepth = sobbing ? 0.3 + 1.4 * rnd.nextDouble() : 1;
            }
            trueRate[i] = bpm;
            drift += rnd.nextGaussian() * 0.002;
            x[i] = -Math.cos(phase) * depth * cycleDepth + drift + 0.05 * rnd.nextGaussian();
        }
        Channel ch = Channel.regular("RSP", ChannelType.RSP, "au", rateHz, 0, Samples.wrap(x));
        return new SyntheticBreathing(ch, onsets.stream().mapToDouble(Double::doubleValue).toArray(), trueRate);
    }
}
