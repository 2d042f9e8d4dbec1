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
        BreathCrossings crossings = new BreathCrossings();
        BreathCrossings.Sink sink = (onset, crest, depth) ->
                breaths.add(new Breath(signal.timeOfSec(onset), signal.timeOfSec(crest), depth));
        for (int i = 0; i < s.length; i++) {
            crossings.take(i, config.hysteresis() * Math.sqrt(meanSq[i]), k -> s[k], sink);
        }
        return breaths;
    }

    /** Seconds at the growing end of a signal within which detections may still change. */
    public double lookAheadSec() {
        return config.baselineWindowSec() / 2 + config.envelopeWindowSec() / 2 + 0.4 / config.lowPassHz();
    }
}
