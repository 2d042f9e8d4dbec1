package org.lacrima.core.episode;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A hand-built axis trace at 4 Hz: S and P (z units) as the detector sees them, written piece by piece
 * (flat, ramps, exponential approaches), with optional seeded jitter. Times in seconds.
 */
final class AxisTrace {
    static final double RATE_HZ = 4;

    final double[] s;
    final double[] p;
    /** Breathing irregularity (no respiration channel, {@code NaN}, unless set). */
    final double[] irregularity;

    AxisTrace(double seconds) {
        s = new double[(int) Math.round(seconds * RATE_HZ)];
        p = new double[s.length];
        irregularity = new double[s.length];
        Arrays.fill(irregularity, Double.NaN);
    }

    /**
     * A brief bout with the whole S-P sequence, 15 minutes long: calm, a 30 s build-up from 300 s to 3 z with RSA
     * withdrawing to -2 z, a fast drop from 335 s and RSA rebounding at once (time constant 2 s) to 2 z over rest;
     * jitter of 0.05 z drawn from {@code seed}.
     */
    static AxisTrace briefReleaseWithRebound(long seed) {
        return new AxisTrace(900).rampS(300, 330, 3).decayS(335, 15, 0)
                .rampP(300, 330, -2).decayP(340, 2, 2).jitter(seed, 0.05);
    }

    /**
     * The episodes of a wrist whose S is built as the scorer builds it from the two channels' traces (skin conductance
     * weighs 1.5, SCL + SCR rate, heart rate 1), with this trace's P and a jitter of 0.05 z drawn from {@code seed}.
     */
    List<Episode> wristEpisodes(AxisTrace eda, AxisTrace hr, long seed, boolean pIndependent) {
        for (int k = 0; k < s.length; k++) {
            s[k] = (1.5 * eda.s[k] + hr.s[k]) / 2.5;
        }
        jitter(seed, 0.05);
        return episodes(List.of("EDA", "HR"), pIndependent, eda.s, hr.s);
    }

    /** Breathing irregularity {@code level} from {@code from} to {@code to} seconds. */
    AxisTrace irregularity(double from, double to, double level) {
        Arrays.fill(irregularity, index(from), Math.min(irregularity.length, index(to)), level);
        return this;
    }

    static int index(double sec) {
        return (int) Math.round(sec * RATE_HZ);
    }

    /** S ramps linearly from its value at {@code from} to {@code level} at {@code to}, and stays there after. */
    AxisTrace rampS(double from, double to, double level) {
        ramp(s, from, to, level);
        return this;
    }

    /** P likewise. */
    AxisTrace rampP(double from, double to, double level) {
        ramp(p, from, to, level);
        return this;
    }

    /** S approaches {@code level} exponentially from {@code from} with time constant {@code tauSec}, and stays there. */
    AxisTrace decayS(double from, double tauSec, double level) {
        decay(s, from, tauSec, level);
        return this;
    }

    /** P likewise. */
    AxisTrace decayP(double from, double tauSec, double level) {
        decay(p, from, tauSec, level);
        return this;
    }

    /** Adds a sine of {@code amplitude} and period {@code periodSec} to S in {@code [from, to)} (sobbing waves). */
    AxisTrace wavesS(double from, double to, double amplitude, double periodSec) {
        for (int k = index(from); k < Math.min(s.length, index(to)); k++) {
            s[k] += amplitude * Math.sin(2 * Math.PI * (k - index(from)) / (periodSec * RATE_HZ));
        }
        return this;
    }

    /** Adds seeded jitter of standard deviation {@code sd} to both axes. */
    AxisTrace jitter(long seed, double sd) {
        Random r = new Random(seed);
        for (int k = 0; k < s.length; k++) {
            s[k] += sd * r.nextGaussian();
            p[k] += sd * r.nextGaussian();
        }
        return this;
    }

    /** An axis history holding the trace, P left out when {@code withP} is false. */
    AxisHistory history(boolean withP) {
        AxisHistory h = new AxisHistory(RATE_HZ, withP);
        for (int k = 0; k < s.length; k++) {
            h.add(s[k], 1, withP ? p[k] : Double.NaN, withP ? 1 : 0, irregularity[k]);
        }
        return h;
    }

    /** An axis history holding the trace with P, S the contribution of each of {@code channels} alike. */
    AxisHistory history(List<String> channels) {
        AxisHistory h = new AxisHistory(RATE_HZ, true, channels, true);
        for (int k = 0; k < s.length; k++) {
            double[] contributions = new double[channels.size()];
            Arrays.fill(contributions, s[k]);
            h.add(s[k], 1, p[k], 1, irregularity[k], contributions);
        }
        return h;
    }

    /**
     * The episodes an {@link EpisodeTracker} with default settings finds in the trace, S fed as the contribution of
     * two channels (EDA and HR) that agree, P as a vagal axis of its own.
     */
    java.util.List<Episode> episodesWithTwoAgreeingChannels() {
        return episodes(java.util.List.of("EDA", "HR"), false, s, s);
    }

    /** The episodes found with S from heart rate alone and P from RSA (an RR strap). */
    java.util.List<Episode> heartAloneEpisodes() {
        return heartAloneTracker().episodes();
    }

    /** The finished tracker behind {@link #heartAloneEpisodes()}, for the paths that confirmed its bouts. */
    EpisodeTracker heartAloneTracker() {
        return tracked(java.util.List.of(), java.util.List.of("HR"), true, s);
    }

    /** Asserts that {@code found} is one episode, resolved ({@code why} names the case). */
    static void assertOneRelease(java.util.List<Episode> found, String why) {
        org.assertj.core.api.Assertions.assertThat(found).as(why).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(found.get(0).outcome()).isEqualTo(Outcome.RESOLVED);
    }

    /**
     * The episodes an {@link EpisodeTracker} with default settings finds in the trace, with each channel behind S
     * contributing its own trace ({@code channelS[i]} for {@code channels.get(i)}), and P a vagal axis of its own (RSA)
     * when {@code pIndependent}, or the inverted heart rate (no further witness) when not.
     */
    java.util.List<Episode> episodes(java.util.List<String> channels, boolean pIndependent, double[]... channelS) {
        return episodes(java.util.List.of(), channels, pIndependent, channelS);
    }

    /** {@link #episodes(java.util.List, boolean, double[]...)} with these events (e.g. a marked intervention). */
    java.util.List<Episode> episodes(java.util.List<org.lacrima.core.model.Event> events, java.util.List<String> channels,
                                     boolean pIndependent, double[]... channelS) {
        return tracked(events, channels, pIndependent, channelS).episodes();
    }

    /** The finished {@link EpisodeTracker} behind {@link #episodes(java.util.List, java.util.List, boolean, double[]...)}. */
    EpisodeTracker tracked(java.util.List<org.lacrima.core.model.Event> events, java.util.List<String> channels,
                           boolean pIndependent, double[]... channelS) {
        EpisodeTracker tracker = new EpisodeTracker(DetectorSettings.defaults(),
                new AxisHistory(RATE_HZ, true, channels, pIndependent), InterventionPolicy.defaults(), channels);
        tracker.addEvents(events);
        for (int k = 0; k < s.length; k++) {
            double[] contributions = new double[channelS.length];
            for (int c = 0; c < channelS.length; c++) {
                contributions[c] = channelS[c][k];
            }
            tracker.push(s[k], 1, p[k], 1, Double.NaN, contributions);
        }
        tracker.finish();
        return tracker;
    }

    static void ramp(double[] x, double from, double to, double level) {
        int a = index(from);
        int b = Math.min(x.length, index(to));
        if (a >= x.length) {
            return;
        }
        double start = a > 0 ? x[a - 1] : x[0];
        for (int k = a; k < b; k++) {
            x[k] = start + (level - start) * (k - a + 1) / (double) (b - a);
        }
        Arrays.fill(x, Math.min(b, x.length), x.length, level);
    }

    static void decay(double[] x, double from, double tauSec, double level) {
        int a = index(from);
        if (a >= x.length) {
            return;
        }
        double start = a > 0 ? x[a - 1] : x[0];
        for (int k = a; k < x.length; k++) {
            x[k] = level + (start - level) * Math.exp(-(k - a + 1) / (tauSec * RATE_HZ));
        }
    }
}
