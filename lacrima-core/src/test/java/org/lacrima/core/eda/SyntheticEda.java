package org.lacrima.core.eda;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;

/**
 * Seeded synthetic skin conductance: Bateman-shaped SCRs at random times and amplitudes on a
 * drifting tonic level, with white noise and ADC quantisation. Knows its own truth.
 */
record SyntheticEda(Channel channel, double[] onsetsSec, double[] amplitudes) {

    static SyntheticEda generate(long seed, double rateHz, double durationSec, double noiseMicrosiemens) {
        Random rnd = new Random(seed);
        int n = (int) Math.round(durationSec * rateHz);
        double[] x = new double[n];
        double level = 2 + 8 * rnd.nextDouble();
        double driftPerSec = (rnd.nextDouble() - 0.5) * 0.01;
        double waveAmp = 0.3 * rnd.nextDouble();
        double wavePeriod = 120 + 240 * rnd.nextDouble();
        for (int i = 0; i < n; i++) {
            double t = i / rateHz;
            x[i] = level + driftPerSec * t + waveAmp * Math.sin(2 * Math.PI * t / wavePeriod);
        }
        List<double[]> truth = new ArrayList<>();
        double t = 2 + rnd.nextDouble() * 5;
        while (t < durationSec - 5) {
            double amp = Math.exp(Math.log(0.02) + rnd.nextDouble() * Math.log(1.0 / 0.02));
            double tauRise = 0.5 + 0.7 * rnd.nextDouble();
            double tauDecay = 3 + 10 * rnd.nextDouble();
            addBateman(x, rateHz, t, amp, tauRise, tauDecay);
            truth.add(new double[] {t, amp});
            t += 4 + rnd.nextExponential() * 8;
        }
        double quantum = 0.001;
        for (int i = 0; i < n; i++) {
            x[i] = Math.round((x[i] + noiseMicrosiemens * rnd.nextGaussian()) / quantum) * quantum;
        }
        Channel ch = Channel.regular("EDA", ChannelType.EDA, "uS", rateHz, 0, Samples.wrap(x));
        return new SyntheticEda(ch, truth.stream().mapToDouble(a -> a[0]).toArray(),
                truth.stream().mapToDouble(a -> a[1]).toArray());
    }

    /** Adds {@code amp * (e^{-t/decay} - e^{-t/rise})}, normalised to peak at {@code amp}, from {@code onset}. */
    private static void addBateman(double[] x, double rateHz, double onset, double amp, double rise, double decay) {
        double tPeak = Math.log(decay / rise) * rise * decay / (decay - rise);
        double peak = Math.exp(-tPeak / decay) - Math.exp(-tPeak / rise);
        int from = (int) Math.ceil(onset * rateHz);
        for (int i = from; i < x.length; i++) {
            double dt = i / rateHz - onset;
            if (dt > 10 * decay) {
                break;
            }
            x[i] += amp * (Math.exp(-dt / decay) - Math.exp(-dt / rise)) / peak;
        }
    }
}
