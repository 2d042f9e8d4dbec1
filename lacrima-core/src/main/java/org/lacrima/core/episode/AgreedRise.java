package org.lacrima.core.episode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lacrima.core.grid.GridBuffer;

/**
 * A rise of S that its channels agree on where S itself, their weighted mean, is diluted by a channel that does not
 * move (issue 19, "S must not rest on one channel"). Crying's S-phase does not move every channel in every person:
 * the breathing rate stays stable in many criers and heart rate may even slow before the tears (Sharman et al. 2020);
 * crying raises heart rate only modestly (Gross, Fredrickson &amp; Levenson 1994); at a high palmar skin conductance
 * level the relative floor of its z (10 % of the level) makes a microsiemens's rise a fraction of a z. S, the weighted
 * mean of skin conductance (1.5), heart rate (1) and breathing (0.5), then rises by a half to five sixths of what its
 * moving channels show, and a build-up both of them carry stays under S's entry rise.
 *
 * <p>The rule asks of the systems what the entry rule asks of S: at least two independent systems each stand an
 * entry rise, while S stands the keep level over its own low and at the absolute entry level. The systems are the
 * channels behind S (skin conductance, heart rate, breathing: each its own organ and efferent pathway), each over its own
 * low of the same look-back, and vagal tone where P comes from RSA, by its fall from its median over the look-back (the
 * S-phase withdraws it, DESIGN.md section 1; the definition a spell's follow-on bout and a wrist bout's whole-sequence
 * check already use, {@link PreRiseLevels#systemsRisen}); at least one must be a channel behind S, which is what
 * S is made of. Where the heart rises little the vagal withdrawal still shows (Rottenberg et al. 2003 measured it in
 * criers as RSA), and at the wrist skin conductance responds with a tenth of the palm's amplitude. Levels are medians over the agreement window (a breath or two) ending every half window, as the
 * other agreement rules measure them. One channel alone never opens a candidate, however far it rises: a sigh, a
 * laugh's breaths, an SCR burst or a posture shift's heart rate each move one, and vagal tone alone (paced breathing,
 * an orienting response) opens nothing either.
 *
 * <p>Keeps each channel's window medians as the history grows (each computed once), so asking costs a scan of the
 * look-back's few dozen medians, not their recomputation.
 */
final class AgreedRise {
    private final int windowSamples;
    private final int step;
    /** Per channel: the median over the {@code windowSamples} ending at grid index {@code (j + 1) * step - 1}. */
    private final List<double[]> medians = new ArrayList<>();
    private int filled;

    /** @param windowSamples the agreement window in grid samples */
    AgreedRise(int windowSamples) {
        this.windowSamples = windowSamples;
        this.step = Math.max(1, windowSamples / 2);
    }

    /**
     * How many channels behind S stand {@code rise} over their lowest window median in grid range {@code [from, k]}, in
     * the median over the window ending at {@code k}; with the lows, for the caller to keep, in {@code lows}.
     */
    int agreeing(AxisHistory history, int from, int k, double rise, double[] lows) {
        fill(history, k);
        int agreeing = 0;
        for (int c = 0; c < lows.length; c++) {
            double lowest = Double.NaN;
            double[] m = medians.get(c);
            // the first window end e = (j + 1) * step - 1 whose whole window lies inside [from, k]: e >= from + window - 1
            int first = Math.max(0, (from + windowSamples + step - 1) / step - 1);
            for (int j = first; j < filled && (j + 1) * step - 1 <= k; j++) {
                if (Double.isFinite(m[j]) && !(m[j] >= lowest)) {
                    lowest = m[j];
                }
            }
            lows[c] = lowest;
            double now = history.channelS.get(c).median(k - windowSamples + 1, k + 1);
            if (now - lowest >= rise) {
                agreeing++;
            }
        }
        return agreeing;
    }

    /** P's median over the agreement window ending at grid index {@code k}. */
    double recentP(AxisHistory history, int k) {
        return history.p.median(k - windowSamples + 1, k + 1);
    }

    /** Computes the window medians of every channel whose window ends at or before grid index {@code k}. */
    private void fill(AxisHistory history, int k) {
        int channels = history.channelS.size();
        while (medians.size() < channels) {
            medians.add(new double[16]);
        }
        int upTo = (k + 1) / step;
        for (int c = 0; c < channels; c++) {
            if (medians.get(c).length < upTo) {
                medians.set(c, Arrays.copyOf(medians.get(c), Math.max(upTo, 2 * medians.get(c).length)));
            }
        }
        for (int j = filled; j < upTo; j++) {
            int end = (j + 1) * step - 1;
            for (int c = 0; c < channels; c++) {
                GridBuffer series = history.channelS.get(c);
                medians.get(c)[j] = series.median(end - windowSamples + 1, end + 1);
            }
        }
        filled = Math.max(filled, upTo);
    }
}
