package org.lacrima.core.rsp;

import java.util.ArrayList;
import java.util.List;
import org.lacrima.core.signal.MovingAverage;
import org.lacrima.core.signal.WorkingSignal;

/**
 * Finds breaths by hysteresis zero-crossings of the band-passed respiration signal.
 *
 * <p>The signal is high-passed (a {@code baselineWindowSec} moving average removed) and low-passed;
 * a breath is a swing from below {@code -h} to above {@code +h}, where {@code h} is a fraction of the
 * local RMS amplitude. The inspiration onset is the lowest point since the previous downward
 * crossing, the peak the highest point before the next one. Scaling {@code h} with the local
 * amplitude keeps detection working when breathing gets shallow or deep; the hysteresis keeps noise
 * and cardiac ripple on a flat stretch from counting as breaths.
 */
public final class BreathDetector {
    private final RspConfig config;

    /** Uses the working rate, filters and hysteresis of {@code config}. */
    public BreathDetector(RspConfig config) {
        this.config = config;
    }

    /** The band-passed signal the breaths are found in (same grid as {@code signal}). */
    public double[] bandPass(WorkingSignal signal) {
        double fs = signal.rateHz();
        double[] x = signal.values();
        double[] baseline = MovingAverage.centered(x, (int) Math.round(config.baselineWindowSec() * fs) | 1);
        double[] hp = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            hp[i] = x[i] - baseline[i];
        }
        return MovingAverage.smooth(hp, MovingAverage.widthForCutoff(fs, config.lowPassHz()), 3);
    }

    /** Breaths of {@code signal}, in time order. */
    public List<Breath> detect(WorkingSignal signal) {
        double[] s = bandPass(signal);
        double fs = signal.rateHz();
        double[] sq = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            sq[i] = s[i] * s[i];
        }
        double[] meanSq = MovingAverage.centered(sq, (int) Math.round(config.envelopeWindowSec() * fs) | 1);
        List<Breath> breaths = new ArrayList<>();
        int state = 0; // -1 below -h, +1 above +h, 0 not yet known
        int trough = -1;
        int pendingOnset = -1;
        int crest = -1;
        for (int i = 0; i < s.length; i++) {
            double h = config.hysteresis() * Math.sqrt(meanSq[i]);
            if (state <= 0) {
                if (trough < 0 || s[i] < s[trough]) {
                    trough = i;
                }
                if (s[i] > h && h > 0) {
                    if (state == -1) {
                        pendingOnset = trough;
                    }
                    state = 1;
                    crest = i;
                }
            } else {
                if (s[i] > s[crest]) {
                    crest = i;
                }
                if (s[i] < -h) {
                    if (pendingOnset >= 0) {
                        breaths.add(new Breath(signal.timeOfSec(pendingOnset), signal.timeOfSec(crest),
                                s[crest] - s[pendingOnset]));
                    }
                    pendingOnset = -1;
                    state = -1;
                    trough = i;
                }
            }
        }
        return breaths;
    }

    /** Seconds at the growing end of a signal within which detections may still change. */
    public double lookAheadSec() {
        return config.baselineWindowSec() / 2 + config.envelopeWindowSec() / 2 + 0.4 / config.lowPassHz();
    }
}
