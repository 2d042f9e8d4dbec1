package org.lacrima.core.hrv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.filter.DoubleBuffer;
import org.lacrima.core.model.Samples;
import org.lacrima.core.testsupport.SyntheticSignals;

/**
 * The running correction is, after every window fed, interval for interval the correction of everything fed so far
 * corrected whole (with the pads over the run's first values), on beat series with every kind of artefact and gaps,
 * fed in windows of seeded random sizes as a live feed's blocks are.
 */
class RrStreamTest {
    /** Seconds of intervals a live block's window holds before the newest (context, block, look-ahead). */
    private static final double WINDOW_SEC = 145;

    static IntStream seeds() {
        return IntStream.range(0, 24);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equalsTheWholeCorrectionOfWhatWasFedAfterEveryWindow(int seed) {
        Random rnd = new Random(seed);
        double[] beats = beatsWithArtefacts(rnd, 600 + rnd.nextInt(1200));
        RrSeries all = RrSeries.fromBeats(Samples.wrap(beats));
        RrStream stream = new RrStream(300);

        double fedUntil = beats[0];
        while (fedUntil < beats[beats.length - 1]) {
            fedUntil += 1 + rnd.nextInt(20) + (rnd.nextInt(8) == 0 ? 60 * rnd.nextDouble() : 0);
            feedAndCheck(stream, all, fedUntil);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aChangeInTheNewestIntervalsIsCorrectedAsThoughFedSo(int seed) {
        Random rnd = new Random(1000 + seed);
        double[] beats = beatsWithArtefacts(rnd, 900);
        RrSeries all = RrSeries.fromBeats(Samples.wrap(beats));
        RrStream stream = new RrStream(300);
        double fedUntil = beats[0];
        while (fedUntil < beats[beats.length - 1]) {
            int fed = all.timesSec().firstIndexAtOrAfter(fedUntil);
            int lastRun = fed;
            while (lastRun > 0 && !all.gapBefore(lastRun - 1)) {
                lastRun--;
            }
            if (rnd.nextInt(3) == 0 && fed - lastRun > 2) {
                // intervals of the run being fed masked out (as by a calibration signal found late): a gap from now on
                int cut = Math.max(lastRun, fed - 15) + rnd.nextInt(Math.min(15, fed - lastRun));
                all = without(all, cut, Math.min(fed, cut + 1 + rnd.nextInt(3)));
            }
            fedUntil += 5 + rnd.nextInt(10);
            feedAndCheck(stream, all, fedUntil);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void runsWithinThePadSpanAreCorrectedExactlyAsWhole(int seed) {
        Random rnd = new Random(2000 + seed);
        // runs of 25-35 s (at most 70 beats at 120 bpm, a few more with extra beats): within the pad span
        double[] beats = beatsWithArtefacts(rnd, 900);
        DoubleBuffer kept = new DoubleBuffer();
        double nextGap = 29 + 10 * rnd.nextDouble();
        for (double b : beats) {
            if (b > nextGap) {
                nextGap = b + 4 + 25 + 10 * rnd.nextDouble();
                continue;
            }
            if (b > nextGap - 4) {
                continue;
            }
            kept.add(b);
        }
        RrSeries all = RrSeries.fromBeats(kept.toSamples());
        RrStream stream = new RrStream(300);
        double fedUntil = 0;
        double end = all.timesSec().get(all.length() - 1);
        while (fedUntil < end) {
            fedUntil += 1 + rnd.nextInt(15);
            stream.correct(all.slice(fedUntil - WINDOW_SEC, fedUntil));
        }
        RrSeries last = all.slice(end - WINDOW_SEC, end + 1);
        assertSame(stream.correct(last), RrCorrector.correct(all).nn().slice(last.startSec(0), end + 1), "end");
    }

    /** Feeds the window a live block gives up to {@code fedUntil} and checks it against all fed so far, corrected whole. */
    private static void feedAndCheck(RrStream stream, RrSeries all, double fedUntil) {
        RrSeries window = all.slice(fedUntil - WINDOW_SEC, fedUntil);
        RrSeries streamed = stream.correct(window);
        if (window.length() > 0) {
            RrSeries whole = RrCorrector.correct(all.slice(0, fedUntil), RrStream.PAD_SPAN).nn()
                    .slice(window.startSec(0), Double.POSITIVE_INFINITY);
            assertSame(streamed, whole, "fed until " + fedUntil);
        }
    }

    private static void assertSame(RrSeries streamed, RrSeries whole, String when) {
        assertThat(streamed.timesSec().toArray()).as(when + ": times").containsExactly(whole.timesSec().toArray());
        assertThat(streamed.intervalsMs().toArray()).as(when + ": intervals").containsExactly(whole.intervalsMs().toArray());
    }

    /** Beats at 50-120 bpm with missed, extra and ectopic beats, and now and then a pause over 3 s (a gap). */
    static double[] beatsWithArtefacts(Random rnd, double durationSec) {
        double[] clean = SyntheticSignals.beatTimes(rnd, 0, durationSec, 50 + 70 * rnd.nextDouble(), 10 + 40 * rnd.nextDouble());
        DoubleBuffer out = new DoubleBuffer();
        double rate = 0.002 + 0.03 * rnd.nextDouble();
        for (int i = 0; i < clean.length; i++) {
            double u = rnd.nextDouble();
            if (u < rate) {
                continue; // missed
            }
            if (i > 0 && i + 1 < clean.length && u < 2 * rate) {
                out.add(clean[i] - (0.2 + 0.3 * rnd.nextDouble()) * (clean[i] - clean[i - 1])); // ectopic: early
                continue;
            }
            out.add(clean[i]);
            if (i + 1 < clean.length && u < 3 * rate) {
                out.add(clean[i] + (0.3 + 0.4 * rnd.nextDouble()) * (clean[i + 1] - clean[i])); // extra
            }
            if (i + 1 < clean.length && u > 1 - rate / 4) {
                // a stretch without beats (over 3 s): the next run starts after it
                double resume = clean[i] + 3.5 + 20 * rnd.nextDouble();
                while (i + 1 < clean.length && clean[i + 1] < resume) {
                    i++;
                }
            }
        }
        return out.toSamples().toArray();
    }

    private static RrSeries without(RrSeries rr, int from, int to) {
        double[] t = rr.timesSec().toArray();
        double[] ms = rr.intervalsMs().toArray();
        double[] t2 = new double[t.length - (to - from)];
        double[] ms2 = new double[t2.length];
        System.arraycopy(t, 0, t2, 0, from);
        System.arraycopy(t, to, t2, from, t.length - to);
        System.arraycopy(ms, 0, ms2, 0, from);
        System.arraycopy(ms, to, ms2, from, ms.length - to);
        return new RrSeries(Samples.wrap(t2), Samples.wrap(ms2));
    }
}
