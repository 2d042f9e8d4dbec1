package org.lacrima.core.hrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Samples;
import org.lacrima.core.testsupport.SyntheticSignals;

class RrCorrectorTest {
    static IntStream seeds() {
        return IntStream.range(0, 12);
    }

    private static double[] cleanBeats(Random rnd) {
        return SyntheticSignals.beatTimes(rnd, 0, 300, 50 + rnd.nextDouble() * 70, 10 + rnd.nextDouble() * 50);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void leavesACleanSeriesUntouched(int seed) {
        RrSeries rr = RrSeries.fromBeats(Samples.wrap(cleanBeats(new Random(seed))));

        RrCorrection c = RrCorrector.correct(rr);

        assertThat(c.corrected()).isZero();
        assertThat(c.flaggedSec().length()).isZero();
        assertThat(c.nn().intervalsMs().toArray()).containsExactly(rr.intervalsMs().toArray(), within(1e-6));
        assertThat(c.nn().timesSec().toArray()).containsExactly(rr.timesSec().toArray(), within(1e-9));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void insertsAMissedBeat(int seed) {
        Random rnd = new Random(seed);
        double[] truth = cleanBeats(rnd);
        int dropped = 20 + rnd.nextInt(truth.length - 40);
        double[] beats = remove(truth, dropped);

        RrCorrection c = RrCorrector.correct(RrSeries.fromBeats(Samples.wrap(beats)));

        assertThat(c.missed()).isGreaterThanOrEqualTo(1);
        assertThat(c.nn().length()).isEqualTo(truth.length - 1);
        assertCloseToTruth(c.nn(), truth);
        assertThat(Arrays.stream(c.flaggedSec().toArray()).anyMatch(t -> Math.abs(t - truth[dropped + 1]) < 1e-6))
                .as("the beat after the missed one is flagged").isTrue();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void removesAnExtraBeat(int seed) {
        Random rnd = new Random(seed);
        double[] truth = cleanBeats(rnd);
        int at = 20 + rnd.nextInt(truth.length - 40);
        double extra = truth[at] + (0.3 + 0.4 * rnd.nextDouble()) * (truth[at + 1] - truth[at]);
        double[] beats = insert(truth, at + 1, extra);

        RrCorrection c = RrCorrector.correct(RrSeries.fromBeats(Samples.wrap(beats)));

        assertThat(c.extra()).isGreaterThanOrEqualTo(1);
        assertThat(c.nn().length()).isEqualTo(truth.length - 1);
        assertCloseToTruth(c.nn(), truth);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void movesAnEctopicBeatBackIntoRhythm(int seed) {
        Random rnd = new Random(seed);
        double[] truth = cleanBeats(rnd);
        int at = 20 + rnd.nextInt(truth.length - 40);
        double[] beats = truth.clone();
        beats[at] -= 0.3 * (truth[at] - truth[at - 1]);

        RrCorrection c = RrCorrector.correct(RrSeries.fromBeats(Samples.wrap(beats)));

        assertThat(c.ectopic() + c.longShort()).isGreaterThanOrEqualTo(1);
        assertThat(c.nn().length()).isEqualTo(truth.length - 1);
        assertCloseToTruth(c.nn(), truth);
    }

    @Test
    void correctsEachStretchOfADeviceSeriesWithGapsOnItsOwn() {
        Random rnd = new Random(4);
        double[] beats = SyntheticSignals.beatTimes(rnd, 0, 200, 70, 30);
        // device intervals with a 20 s hole (E4 IBI drops beats during motion)
        double[] times = Arrays.stream(beats, 1, beats.length).filter(t -> t < 80 || t > 100).toArray();
        double[] intervals = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            int k = Arrays.binarySearch(beats, times[i]);
            intervals[i] = (beats[k] - beats[k - 1]) * 1000;
        }
        RrSeries rr = RrSeries.fromIntervals(Samples.wrap(times), Samples.wrap(intervals));

        RrCorrection c = RrCorrector.correct(rr);

        assertThat(c.corrected()).isZero();
        assertThat(c.nn().length()).isEqualTo(rr.length());
        long gaps = IntStream.range(0, c.nn().length()).filter(i -> c.nn().gapBefore(i)).count();
        assertThat(gaps).isEqualTo(2);
    }

    @Test
    void anEmptyOrTinySeriesComesBackAsItIs() {
        assertThat(RrCorrector.correct(RrSeries.empty()).nn().length()).isZero();
        RrSeries three = RrSeries.fromBeats(Samples.wrap(new double[] {1, 2, 2.1, 3}));
        assertThat(RrCorrector.correct(three).nn()).isEqualTo(three);
    }

    /** Every corrected interval is within 12 % of the true interval ending nearest to it. */
    private static void assertCloseToTruth(RrSeries nn, double[] truth) {
        for (int i = 0; i < nn.length(); i++) {
            double t = nn.timesSec().get(i);
            int k = Math.abs(Arrays.binarySearch(truth, t) + 1);
            if (k >= truth.length || (k > 0 && t - truth[k - 1] < truth[k] - t)) {
                k--;
            }
            if (k == 0) {
                continue;
            }
            double trueRr = (truth[k] - truth[k - 1]) * 1000;
            assertThat(nn.intervalsMs().get(i)).as("interval ending at %.2f s", t).isCloseTo(trueRr, within(0.12 * trueRr));
        }
    }

    private static double[] remove(double[] x, int index) {
        double[] y = new double[x.length - 1];
        System.arraycopy(x, 0, y, 0, index);
        System.arraycopy(x, index + 1, y, index, x.length - index - 1);
        return y;
    }

    private static double[] insert(double[] x, int index, double value) {
        double[] y = new double[x.length + 1];
        System.arraycopy(x, 0, y, 0, index);
        y[index] = value;
        System.arraycopy(x, index, y, index + 1, x.length - index);
        return y;
    }
}
