package org.lacrima.core.episode;

import java.util.Arrays;

/**
 * The levels a spell's next bout rises from on its witnesses: since the current bout's top, each channel behind S at
 * its lowest and P at its highest, both as trailing medians over a breath or two (skin conductance, heart rate and
 * breathing falling back after a release while vagal tone rebounds). Scanned incrementally as points arrive and
 * restarted when the top moves: amortised O(channels) per grid point.
 */
final class WitnessLevels {
    private final AxisHistory history;
    private final int window;
    private double[] channelLow = new double[0];
    private double pHigh = Double.NaN;
    private int top = -1;
    private int scanned = -1;

    /**
     * @param history the axes with each channel's own S contribution
     * @param window  grid points of each trailing median
     */
    WitnessLevels(AxisHistory history, int window) {
        this.history = history;
        this.window = window;
    }

    /** Extends the levels since grid index {@code top} up to grid index {@code k}; restarts when {@code top} moved. */
    void scan(int top, int k) {
        int channels = history.channelS.size();
        if (this.top != top || channelLow.length != channels) {
            this.top = top;
            scanned = top;
            channelLow = new double[channels];
            Arrays.fill(channelLow, Double.NaN);
            pHigh = Double.NaN;
        }
        for (int i = scanned + 1; i <= k; i++) {
            for (int c = 0; c < channels; c++) {
                double m = history.channelS.get(c).median(i - window + 1, i + 1);
                if (Double.isFinite(m) && !(m >= channelLow[c])) {
                    channelLow[c] = m;
                }
            }
            double mp = history.p.median(i - window + 1, i + 1);
            if (Double.isFinite(mp) && !(mp <= pHigh)) {
                pHigh = mp;
            }
        }
        scanned = Math.max(scanned, k);
    }

    /** Each channel's lowest and P's highest level so far ({@code NaN} where none), as the levels a next bout rises from. */
    PreRiseLevels levels() {
        return new PreRiseLevels(channelLow, pHigh);
    }
}
