package org.lacrima.core.hrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Samples;

/**
 * One source's intervals fill another's holes without overlapping them ({@link RrSeries#withGapsFilledFrom}), or
 * only its holes of at least a given length ({@link RrSeries#withHolesFilledFrom}).
 */
class RrSeriesGapFillTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theSecondSourceFillsOnlyTheFirstsHolesAndKeepsTimeOrder(long seed) {
        Random rnd = new Random(seed);
        List<Double> beats = sinusBeats(rnd, 600);
        // the first source loses stretches of 2-40 s (electrodes off, noise), the second a few beats here and there
        RrSeries ecg = RrSeries.fromBeats(Samples.wrap(withHoles(beats, rnd, 8, 2, 40)));
        // the second clock runs up to a tenth of a second apart from the first
        double offset = 0.1 * (rnd.nextDouble() - 0.5);
        List<Double> strapBeats = beats.stream().map(t -> t + offset).toList();
        RrSeries strap = RrSeries.fromBeats(Samples.wrap(withHoles(strapBeats, rnd, 15, 1, 4)));

        RrSeries filled = ecg.withGapsFilledFrom(strap);

        for (int i = 1; i < filled.length(); i++) {
            assertThat(filled.timesSec().get(i)).isGreaterThan(filled.timesSec().get(i - 1));
            assertThat(filled.startSec(i)).as("interval %d starts after the one before ends", i)
                    .isGreaterThanOrEqualTo(filled.timesSec().get(i - 1) - 1e-9);
        }
        assertThat(contains(filled, ecg)).as("every interval of the first source is kept").isTrue();
        assertThat(filled.length()).isGreaterThan(ecg.length());
        // what was added lies in the first source's holes: the heart's beats are covered as far as either source saw
        double covered = coveredSec(filled);
        assertThat(covered).isGreaterThan(coveredSec(ecg)).isGreaterThan(coveredSec(strap) - 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void aWholeFirstSourceIsLeftAsItIs(long seed) {
        Random rnd = new Random(seed);
        List<Double> beats = sinusBeats(rnd, 300);
        RrSeries ecg = RrSeries.fromBeats(Samples.wrap(beats.stream().mapToDouble(Double::doubleValue).toArray()));
        RrSeries strap = RrSeries.fromBeats(Samples.wrap(beats.stream().mapToDouble(t -> t + 0.02).toArray()));

        assertThat(ecg.withGapsFilledFrom(strap)).isEqualTo(ecg);
        assertThat(ecg.withGapsFilledFrom(RrSeries.empty())).isEqualTo(ecg);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23})
    void withoutAFirstSourceTheSecondIsTakenWhole(long seed) {
        List<Double> beats = sinusBeats(new Random(seed), 120);
        RrSeries strap = RrSeries.fromBeats(Samples.wrap(beats.stream().mapToDouble(Double::doubleValue).toArray()));

        RrSeries filled = RrSeries.empty().withGapsFilledFrom(strap);

        assertThat(filled.length()).isEqualTo(strap.length());
        assertThat(filled.intervalsMs().get(filled.length() - 1))
                .isCloseTo(strap.intervalsMs().get(strap.length() - 1), within(1e-9));
    }

    /**
     * A PPG's pulses, a transit time after the R-peaks, fill the ECG's holes of at least five seconds
     * ({@link RrSeries#withHolesFilledFrom}), and leave its shorter gaps (an ectopic beat's, a missed detection's)
     * gaps.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32, 33, 34, 35, 36})
    void pulsesFillOnlyHolesOfAtLeastTheGivenLength(long seed) {
        Random rnd = new Random(seed);
        List<Double> beats = sinusBeats(rnd, 600);
        RrSeries ecg = RrSeries.fromBeats(Samples.wrap(withHoles(beats, rnd, 12, 1, 30)));
        double transitSec = 0.2 + 0.1 * rnd.nextDouble();
        RrSeries pulses = RrSeries.fromBeats(Samples.wrap(beats.stream().mapToDouble(t -> t + transitSec).toArray()));
        double minHoleSec = 5;

        RrSeries filled = ecg.withHolesFilledFrom(pulses, 0, 600, minHoleSec);

        assertThat(contains(filled, ecg)).as("every interval of the ECG is kept").isTrue();
        assertThat(ecg.hasHole(0, 600, minHoleSec)).isTrue();
        assertThat(filled.length()).isGreaterThan(ecg.length());
        for (int i = 1; i < filled.length(); i++) {
            assertThat(filled.startSec(i)).as("interval %d starts after the one before ends", i)
                    .isGreaterThanOrEqualTo(filled.timesSec().get(i - 1) - 1e-9);
        }
        // each pulse interval added lies in a stretch of at least minHoleSec where the ECG has no interval
        for (int i = 0; i < filled.length(); i++) {
            double start = filled.startSec(i);
            double end = filled.timesSec().get(i);
            if (ecgIntervalAt(ecg, end) >= 0) {
                continue;
            }
            double holeFrom = 0;
            double holeTo = 600;
            for (int j = 0; j < ecg.length(); j++) {
                if (ecg.timesSec().get(j) <= start) {
                    holeFrom = ecg.timesSec().get(j);
                } else if (ecg.startSec(j) >= end) {
                    holeTo = ecg.startSec(j);
                    break;
                }
            }
            assertThat(holeTo - holeFrom).as("the ECG's hole around the pulse interval ending at %.2f s", end)
                    .isGreaterThanOrEqualTo(minHoleSec);
        }
        // and no such hole is left, but for a seam interval at either edge
        assertThat(filled.hasHole(0, 600, minHoleSec + 2)).isFalse();
    }

    /** The index of the ECG interval ending at {@code timeSec}, or -1. */
    private static int ecgIntervalAt(RrSeries ecg, double timeSec) {
        for (int j = 0; j < ecg.length(); j++) {
            if (ecg.timesSec().get(j) == timeSec) {
                return j;
            }
        }
        return -1;
    }

    private static List<Double> sinusBeats(Random rnd, double durationSec) {
        List<Double> beats = new ArrayList<>();
        double t = rnd.nextDouble();
        while (t < durationSec) {
            beats.add(t);
            // a resting heart about 80 bpm, swinging with a slow rhythm, with beat-to-beat jitter
            t += 0.75 + 0.1 * Math.sin(t / 4) + 0.02 * rnd.nextGaussian();
        }
        return beats;
    }

    private static double[] withHoles(List<Double> beats, Random rnd, int holes, double minSec, double maxSec) {
        double end = beats.get(beats.size() - 1);
        List<double[]> cut = new ArrayList<>();
        for (int h = 0; h < holes; h++) {
            double from = rnd.nextDouble() * end;
            cut.add(new double[] {from, from + minSec + rnd.nextDouble() * (maxSec - minSec)});
        }
        return beats.stream().filter(t -> cut.stream().noneMatch(c -> t >= c[0] && t < c[1]))
                .mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean contains(RrSeries all, RrSeries part) {
        int j = 0;
        for (int i = 0; i < part.length(); i++) {
            while (j < all.length() && all.timesSec().get(j) < part.timesSec().get(i)) {
                j++;
            }
            if (j == all.length() || all.timesSec().get(j) != part.timesSec().get(i)
                    || all.intervalsMs().get(j) != part.intervalsMs().get(i)) {
                return false;
            }
        }
        return true;
    }

    private static double coveredSec(RrSeries rr) {
        double sum = 0;
        for (int i = 0; i < rr.length(); i++) {
            sum += rr.intervalsMs().get(i) / 1000;
        }
        return sum;
    }
}
