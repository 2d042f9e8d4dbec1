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
 * A strap's RR list (sinus rhythm with respiratory sinus arrhythmia) with an ectopic beat whose compensatory pause the
 * strap split in two: corrected beat by beat alone, one beat too many stays and RSA steps up for its whole 30-s window,
 * which the detector reads as a vagal rebound. Re-gridded by the sinus beats the run spans, it is gone.
 */
class BeatCountRepairTest {
    private static final double ECTOPIC_SEC = 300;

    /** Sinus intervals around 830 ms with RSA, and an ectopic beat at 300 s whose pause is split at {@code splitAt}. */
    private static RrSeries strap(long seed, double splitAt) {
        Random r = new Random(seed);
        double meanMs = 780 + 100 * r.nextDouble();
        double rsaMs = 25 + 20 * r.nextDouble();
        double breathHz = 0.2 + 0.07 * r.nextDouble();
        List<double[]> out = new ArrayList<>();
        double t = 0;
        boolean done = false;
        while (t < 600) {
            double rr = meanMs + rsaMs * Math.sin(2 * Math.PI * breathHz * t) + 4 * r.nextGaussian();
            if (!done && t > ECTOPIC_SEC) {
                double coupling = 0.65 * rr;
                double pause = 2 * rr - coupling;
                out.add(new double[] {t + coupling / 1000, coupling});
                out.add(new double[] {t + (coupling + splitAt * pause) / 1000, splitAt * pause});
                out.add(new double[] {t + 2 * rr / 1000, (1 - splitAt) * pause});
                t += 2 * rr / 1000;
                done = true;
                continue;
            }
            t += rr / 1000;
            out.add(new double[] {t, rr});
        }
        return RrSeries.fromIntervals(Samples.wrap(out.stream().mapToDouble(x -> x[0]).toArray()),
                Samples.wrap(out.stream().mapToDouble(x -> x[1]).toArray()));
    }

    private static double rsaAt(RrSeries nn, double timeSec) {
        RsaTrack track = RsaEstimator.estimate(nn, 0, 600);
        return track.rsa().values().get((int) Math.round(timeSec * RsaEstimator.GRID_RATE_HZ));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void anEctopicBeatWithASplitPauseLeavesNoRsaStep(long seed) {
        RrSeries raw = strap(seed, 0.55 + 0.01 * seed);

        RrSeries nn = RrCorrector.correct(BeatCountRepair.repair(raw)).nn();

        // the run's sinus beats: every NN interval within 20 % of its neighbours, the beats around it where they were
        for (int i = 1; i < nn.length(); i++) {
            assertThat(Math.abs(nn.intervalsMs().get(i) - nn.intervalsMs().get(i - 1)))
                    .as("interval at %.1f s", nn.timesSec().get(i)).isLessThan(0.2 * nn.intervalsMs().get(i - 1));
        }
        assertThat(nn.timesSec().get(nn.length() - 1)).isCloseTo(raw.timesSec().get(raw.length() - 1), within(1e-6));
        // RSA over the artefact as a minute before and after it
        double around = (rsaAt(nn, ECTOPIC_SEC - 60) + rsaAt(nn, ECTOPIC_SEC + 60)) / 2;
        assertThat(rsaAt(nn, ECTOPIC_SEC + 5)).isCloseTo(around, within(0.5));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void cleanSinusRhythmAndASuddenHeartRateJumpAreLeftAsTheyAre(long seed) {
        Random r = new Random(seed);
        List<double[]> out = new ArrayList<>();
        double t = 0;
        while (t < 600) {
            // a startle at 300 s: 15 bpm up within a beat, gone over ten seconds
            double bpm = 70 + (t > 300 ? 15 * Math.exp(-(t - 300) / 10) : 0);
            double rr = 60_000 / bpm + 30 * Math.sin(2 * Math.PI * 0.25 * t) + 4 * r.nextGaussian();
            t += rr / 1000;
            out.add(new double[] {t, rr});
        }
        RrSeries rr = RrSeries.fromIntervals(Samples.wrap(out.stream().mapToDouble(x -> x[0]).toArray()),
                Samples.wrap(out.stream().mapToDouble(x -> x[1]).toArray()));

        assertThat(BeatCountRepair.repair(rr)).isSameAs(rr);
    }

    /**
     * A heart at 150 bpm on a strap that lost six beats at a time, every third interval (a loose electrode; an interval
     * over 3 s would be a gap, not a pause): each pause becomes seven sinus intervals, three times as many intervals as
     * the file had, and the beats around every pause stay where they were.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22})
    void manyLongPausesAreEachReGriddedWithoutRunningOutOfRoom(long seed) {
        Random r = new Random(seed);
        List<double[]> out = new ArrayList<>();
        double t = 0;
        for (int i = 0; i < 600; i++) {
            double rr = i % 3 == 1 ? 7 * 400 + 10 * r.nextGaussian() : 400 + 5 * r.nextGaussian();
            t += rr / 1000;
            out.add(new double[] {t, rr});
        }
        RrSeries rr = RrSeries.fromIntervals(Samples.wrap(out.stream().mapToDouble(x -> x[0]).toArray()),
                Samples.wrap(out.stream().mapToDouble(x -> x[1]).toArray()));

        RrSeries repaired = BeatCountRepair.repair(rr);

        assertThat(repaired.length()).isGreaterThanOrEqualTo(3 * rr.length() - 6);
        assertThat(repaired.timesSec().get(repaired.length() - 1)).isEqualTo(rr.timesSec().get(rr.length() - 1));
        for (int i = 2; i < repaired.length(); i++) {
            assertThat(repaired.intervalsMs().get(i)).isBetween(320.0, 480.0);
        }
    }
}
