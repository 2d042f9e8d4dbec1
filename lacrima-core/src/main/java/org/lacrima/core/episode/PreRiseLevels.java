package org.lacrima.core.episode;

import java.util.Arrays;

/**
 * The levels a rise's witnesses rose from: each channel behind S at its own level before the rise (z, its own
 * contribution to S) and P at its level before vagal tone withdrew (z). For a spell's follow-on bout they are the
 * channels' lows and P's high since the previous bout's top ({@link WitnessLevels}); for a candidate its channels
 * agreed on, their lows and P's median over the look-back ({@link AgreedRise}); for a wrist bout's whole-sequence
 * check, the medians over the minute before the onset. Immutable: the levels are copied in.
 *
 * @param channels each channel's level, in the order of {@link AxisHistory#channels()} ({@code NaN} where none)
 * @param p        P's level ({@code NaN} where none)
 */
record PreRiseLevels(double[] channels, double p) {

    PreRiseLevels {
        channels = channels.clone();
    }

    /** Each channel's and P's median over grid range {@code [from, to)}. */
    static PreRiseLevels medians(AxisHistory history, int from, int to) {
        double[] levels = new double[history.channelS.size()];
        for (int c = 0; c < levels.length; c++) {
            levels[c] = history.channelS.get(c).median(from, to);
        }
        return new PreRiseLevels(levels, history.p.median(from, to));
    }

    /**
     * How many systems witness a rise of {@code rise} (z) over these levels, by their medians over grid range
     * {@code [from, to)}: each channel behind S standing {@code rise} over its own level, plus P, when it comes from RSA
     * (a system of its own), standing {@code rise} under its own level (vagal withdrawal).
     */
    int systemsRisen(AxisHistory history, int from, int to, double rise) {
        int systems = 0;
        for (int c = 0; c < channels.length && c < history.channelS.size(); c++) {
            if (history.channelS.get(c).median(from, to) - channels[c] >= rise) {
                systems++;
            }
        }
        if (history.parasympatheticIndependent() && p - history.p.median(from, to) >= rise) {
            systems++;
        }
        return systems;
    }

    @Override
    public double[] channels() {
        return channels.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PreRiseLevels other && Arrays.equals(channels, other.channels)
                && Double.compare(p, other.p) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(channels) + Double.hashCode(p);
    }

    @Override
    public String toString() {
        return "PreRiseLevels[channels=" + Arrays.toString(channels) + ", p=" + p + "]";
    }
}
