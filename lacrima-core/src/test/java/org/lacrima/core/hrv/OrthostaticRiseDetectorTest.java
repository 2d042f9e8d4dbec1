package org.lacrima.core.hrv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.ExertionDetector;
import org.lacrima.core.quality.QualityIssue;

/**
 * Seeded beat series: a resting heart (60-80 bpm with respiratory sinus arrhythmia and jitter) with, from 600 s,
 * standing up and walking (a step of the heart rate within seconds), an emotional build-up (the same rise over
 * tens of seconds, accelerating gradually), or a startle (a jump gone within about ten seconds).
 */
class OrthostaticRiseDetectorTest {
    private static final double ONSET_SEC = 600;
    private static final double DURATION_SEC = 1500;

    /**
     * Heart rate over rest, bpm: up {@code riseBpm} within about 3 s of standing up at {@code onsetSec}, held while walking
     * for {@code walkSec}, back over about 20 s after sitting down.
     */
    private static DoubleUnaryOperator walk(double onsetSec, double walkSec, double riseBpm) {
        return t -> t < onsetSec ? 0 : t < onsetSec + walkSec
                ? riseBpm * (1 - Math.exp(-(t - onsetSec) / 2))
                : riseBpm * Math.exp(-(t - onsetSec - walkSec) / 20);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void standingUpAndWalkingIsFoundFromItsOnsetToTheHeartsRecovery(long seed) {
        Random r = new Random(seed);
        double rise = 12 + 15 * r.nextDouble();
        double walkSec = 45 + 120 * r.nextDouble();
        // upright within ~3 s; sitting down brings the heart back over ~20 s
        RrSeries nn = beats(r, walk(ONSET_SEC, walkSec, rise));

        List<BadInterval> found = OrthostaticRiseDetector.detect(nn, 0, DURATION_SEC, "heart rhythm");

        assertThat(found).hasSize(1);
        BadInterval upright = found.get(0);
        assertThat(upright.reason()).isEqualTo(QualityIssue.HEART_RATE_STEP);
        assertThat(upright.startSec()).isBetween(ONSET_SEC - 8, ONSET_SEC + 2);
        // back within 5 bpm of rest some 20-60 s after sitting down, then the recovery
        assertThat(upright.endSec() - ExertionDetector.RECOVERY_SEC)
                .isBetween(ONSET_SEC + walkSec, ONSET_SEC + walkSec + 60);
    }

    @ParameterizedTest
    @ValueSource(longs = {51, 52, 53, 54, 55, 56})
    void aWalkInTheRecordingsFirstSecondsIsFoundFromTheRestSeenBeforeIt(long seed) {
        Random r = new Random(seed);
        double rise = 12 + 15 * r.nextDouble();
        // the strap put on in the waiting room: the client stands up 11-14 s after the recording began and walks in (the
        // 30 s before the step that the heart at rest is judged over are not half seen yet)
        double onset = 11 + 3 * r.nextDouble();
        double walkSec = 60 + 60 * r.nextDouble();
        RrSeries nn = beats(r, walk(onset, walkSec, rise));

        List<BadInterval> found = OrthostaticRiseDetector.detect(nn, 0, DURATION_SEC, "heart rhythm");

        assertThat(found).hasSize(1);
        assertThat(found.get(0).startSec()).isBetween(onset - 8, onset + 2);
        assertThat(found.get(0).endSec() - ExertionDetector.RECOVERY_SEC).isBetween(onset + walkSec, onset + walkSec + 60);
    }

    @ParameterizedTest
    @ValueSource(longs = {61, 62, 63})
    void aStepInTheFirstSecondsWithTooLittleRestSeenIsNotJudged(long seed) {
        Random r = new Random(seed);
        double rise = 12 + 15 * r.nextDouble();
        RrSeries nn = beats(r, t -> t < 6 ? 0 : t < 126 ? rise * (1 - Math.exp(-(t - 6) / 2)) : 0);

        assertThat(OrthostaticRiseDetector.detect(nn, 0, DURATION_SEC, "heart rhythm")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void aBuildUpThatAcceleratesGraduallyIsNotPosture(long seed) {
        Random r = new Random(seed);
        double rise = 12 + 15 * r.nextDouble();
        double buildUpSec = 20 + 40 * r.nextDouble();
        // a sigmoid rise from rest to its top over the build-up, held for a minute, then a release
        RrSeries nn = beats(r, t -> {
            double x = (t - ONSET_SEC) / buildUpSec;
            if (x < 0) {
                return 0;
            }
            double top = x >= 1 ? 1 : x * x * (3 - 2 * x);
            double held = t - ONSET_SEC - buildUpSec - 60;
            return rise * (held > 0 ? Math.exp(-held / 15) : top);
        });

        assertThat(OrthostaticRiseDetector.detect(nn, 0, DURATION_SEC, "heart rhythm")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void aStartleIsGoneBeforeItCounts(long seed) {
        Random r = new Random(seed);
        double jump = 8 + 9 * r.nextDouble();
        RrSeries nn = beats(r, t -> t < ONSET_SEC ? 0 : jump * Math.exp(-(t - ONSET_SEC) / 4));

        assertThat(OrthostaticRiseDetector.detect(nn, 0, DURATION_SEC, "heart rhythm")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void beatsAndTheirPerSecondHeartRateGiveTheSameStretches(long seed) {
        Random r = new Random(seed);
        RrSeries nn = beats(r, t -> t < ONSET_SEC || t > ONSET_SEC + 90 ? 0 : 20);
        double[] bpm = new double[(int) DURATION_SEC + 2];
        int[] n = new int[bpm.length];
        for (int i = 0; i < nn.length(); i++) {
            int k = (int) Math.floor(nn.timesSec().get(i));
            bpm[k] += 60_000 / nn.intervalsMs().get(i);
            n[k]++;
        }
        for (int k = 0; k < bpm.length; k++) {
            bpm[k] = n[k] == 0 ? Double.NaN : bpm[k] / n[k];
        }

        assertThat(OrthostaticRiseDetector.detect(bpm, 0, 700, 900, "heart rhythm"))
                .isEqualTo(OrthostaticRiseDetector.detect(nn, 700, 900, "heart rhythm"))
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42})
    void aStretchIsReportedOnlyWhereItReachesTheAskedSpan(long seed) {
        Random r = new Random(seed);
        RrSeries nn = beats(r, t -> t < ONSET_SEC || t > ONSET_SEC + 60 ? 0 : 20);

        assertThat(OrthostaticRiseDetector.detect(nn, 0, ONSET_SEC - 20, "heart rhythm")).isEmpty();
        assertThat(OrthostaticRiseDetector.detect(nn, ONSET_SEC + 400, DURATION_SEC, "heart rhythm")).isEmpty();
        assertThat(OrthostaticRiseDetector.detect(nn, ONSET_SEC + 100, ONSET_SEC + 110, "heart rhythm")).hasSize(1);
    }

    /** Beats of a heart at a resting rate plus {@code extraBpm(t)}, with 0.25 Hz RSA of ±3 bpm and 1 % jitter. */
    private static RrSeries beats(Random r, DoubleUnaryOperator extraBpm) {
        double rest = 60 + 20 * r.nextDouble();
        double phase = 2 * Math.PI * r.nextDouble();
        double t = 0;
        List<Double> times = new ArrayList<>();
        List<Double> ms = new ArrayList<>();
        while (t < DURATION_SEC) {
            double bpm = rest + extraBpm.applyAsDouble(t) + 3 * Math.sin(2 * Math.PI * 0.25 * t + phase);
            double rr = 60 / bpm * (1 + 0.01 * r.nextGaussian());
            t += rr;
            times.add(t);
            ms.add(rr * 1000);
        }
        return RrSeries.fromIntervals(Samples.wrap(times.stream().mapToDouble(Double::doubleValue).toArray()),
                Samples.wrap(ms.stream().mapToDouble(Double::doubleValue).toArray()));
    }
}
