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
import org.lacrima.core.quality.QualityIssue;

/** Slow paced breathing told from spontaneous breathing, vagal withdrawal and sobbing, on hand-built heart rhythms. */
class SlowBreathingDetectorTest {
    private static final double MINUTES = 10;

    /**
     * Beats at 65 bpm whose intervals swing by {@code rsaMs(t)} at breathing frequency {@code breathHz(t)} (the phase
     * integrated, so a change of pace is smooth), plus a Mayer wave of {@code mayerMs} at 0.09-0.11 Hz and jitter.
     */
    private static RrSeries heart(long seed, DoubleUnaryOperator breathHz, DoubleUnaryOperator rsaMs, double mayerMs) {
        return heart(seed, breathHz, rsaMs, mayerMs, Math::sin, t -> 0);
    }

    /**
     * As {@link #heart(long, DoubleUnaryOperator, DoubleUnaryOperator, double)}, the swing following {@code breathShape}
     * of the breathing phase (radians, -1..1) and the heart rate raised by {@code extraBpm(t)}.
     */
    private static RrSeries heart(long seed, DoubleUnaryOperator breathHz, DoubleUnaryOperator rsaMs, double mayerMs,
                                  DoubleUnaryOperator breathShape, DoubleUnaryOperator extraBpm) {
        Random rnd = new Random(seed);
        double mayerHz = 0.09 + 0.02 * rnd.nextDouble();
        double mayerPhase = 2 * Math.PI * rnd.nextDouble();
        List<Double> beats = new ArrayList<>();
        double phase = 0;
        double t = 0;
        while (t < MINUTES * 60) {
            beats.add(t);
            double rr = 60.0 / (65 + extraBpm.applyAsDouble(t)) + rsaMs.applyAsDouble(t) / 1000 * breathShape.applyAsDouble(phase)
                    + mayerMs / 1000 * Math.sin(2 * Math.PI * mayerHz * t + mayerPhase) + 0.003 * rnd.nextGaussian();
            phase += 2 * Math.PI * breathHz.applyAsDouble(t) * rr;
            t += rr;
        }
        return RrSeries.fromBeats(Samples.wrap(beats.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** The same rhythm with the beats of every {@code everySec} s missing for {@code gapSec} s (wrist motion on a PPG). */
    private static RrSeries withGaps(RrSeries nn, double everySec, double gapSec) {
        List<Double> kept = new ArrayList<>();
        for (int i = 0; i < nn.length(); i++) {
            double t = nn.startSec(i);
            if (t % everySec >= gapSec) {
                kept.add(t);
            }
        }
        return RrSeries.fromBeats(Samples.wrap(kept.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private static List<BadInterval> detect(RrSeries nn) {
        return SlowBreathingDetector.detect(nn, 30, MINUTES * 60 - 30, "RR");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void threeMinutesOfBreathingAtSixPerMinuteAreFound(long seed) {
        // spontaneous breathing at 15 per minute, paced at 6 per minute from 240 to 420 s (a deeper swing by resonance)
        RrSeries nn = heart(seed, t -> t >= 240 && t < 420 ? 0.1 : 0.25, t -> t >= 240 && t < 420 ? 60 : 35, 15);

        List<BadInterval> slow = detect(nn);

        assertThat(slow).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo(QualityIssue.SLOW_BREATHING);
            assertThat(b.startSec()).isBetween(220.0, 260.0);
            assertThat(b.endSec()).isBetween(400.0, 440.0);
        });
    }

    /**
     * A client following a therapist's count: 5-7 breaths a minute drawn for the stretch, each breath 8 % off the count,
     * a quick inspiration (40 % of the cycle) and a long expiration, so the swing is no sinusoid and its harmonics and
     * spread reach the respiratory band. At least half of two minutes of it is found, and nothing outside it. Before the
     * slow band reached 0.125 Hz, 7 per minute fell between the bands, and a ratio of ten missed most such stretches.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void twoMinutesOfBreathingFollowingACountAreFound(long seed) {
        Random pace = new Random(seed * 0x9E3779B97F4A7C15L);
        double periodSec = 60 / (5 + 2 * pace.nextDouble());
        double[] breathHz = new double[40];
        for (int i = 0; i < breathHz.length; i++) {
            breathHz[i] = 1 / (periodSec * (1 + 0.08 * pace.nextGaussian()));
        }
        DoubleUnaryOperator hz = t -> {
            if (t < 240 || t >= 360) {
                return 0.25;
            }
            return breathHz[(int) ((t - 240) / periodSec)];
        };
        RrSeries nn = heart(seed, hz, t -> t >= 240 && t < 360 ? 60 : 35, 15,
                SlowBreathingDetectorTest::quickInspirationLongExpiration, t -> 0);

        List<BadInterval> slow = detect(nn);
        assertThat(slow).allSatisfy(b -> {
            assertThat(b.startSec()).isGreaterThanOrEqualTo(220.0);
            assertThat(b.endSec()).isLessThanOrEqualTo(380.0);
        });
        // the breath-to-breath spread leaves some windows under the ratio; most of the exercise is still found
        assertThat(slow.stream().mapToDouble(b -> b.endSec() - b.startSec()).sum()).isGreaterThanOrEqualTo(60.0);
    }

    /** A breath's swing, -1..1: rising over the first 40 % of the cycle, falling back exponentially over the rest. */
    private static double quickInspirationLongExpiration(double phaseRad) {
        double x = (phaseRad / (2 * Math.PI)) % 1;
        if (x < 0.4) {
            return -1 + 2 * (0.5 - 0.5 * Math.cos(Math.PI * x / 0.4));
        }
        return -1 + 2 * Math.exp(-(x - 0.4) / 0.25);
    }

    /**
     * A spell of brief crying bouts: every three minutes the heart rate climbs 12 bpm over 30 s and falls back over 20 s,
     * with RSA withdrawn to a few ms. Within a 40-s window each bout is one slow hump, not an oscillation, and must not
     * pass for slow breathing (nor blank the bout it is).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aSpellOfBriefBoutsIsNotSlowBreathing(long seed) {
        DoubleUnaryOperator bout = t -> {
            double s = t % 180;
            if (s < 60) {
                return 0;
            }
            return s < 90 ? 12 * (s - 60) / 30 : s < 110 ? 12 * (110 - s) / 20 : 0;
        };
        RrSeries nn = heart(seed, t -> 0.3, t -> bout.applyAsDouble(t) > 1 ? 5 : 30, 10, Math::sin, bout);
        assertThat(detect(nn)).isEmpty();
    }

    /** Breath onsets every {@code periodSec(t)} s from 0 to the end, as a belt finds them. */
    private static Samples belt(DoubleUnaryOperator periodSec) {
        List<Double> onsets = new ArrayList<>();
        for (double t = 0; t < MINUTES * 60; t += periodSec.applyAsDouble(t)) {
            onsets.add(t);
        }
        return Samples.wrap(onsets.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * A heart whose slow waves dominate (a Mayer wave of 25 ms, RSA of 6 ms: slow power ten times the respiratory) is
     * slow breathing for the heart alone; a belt showing 12 breaths a minute says it is not.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aBeltBreathingAtTwelvePerMinuteOverrulesTheHeartsSlowWaves(long seed) {
        RrSeries nn = heart(seed, t -> 0.2, t -> 6, 25);
        assertThat(detect(nn)).isNotEmpty();
        assertThat(SlowBreathingDetector.detect(nn, 30, MINUTES * 60 - 30, "RR", null, belt(t -> 5))).isEmpty();
    }

    /** Where the belt shows breaths of 10 s (6 per minute), the exercise is found even where the heart barely swings. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aBeltBreathingAtSixPerMinuteIsSlowBreathing(long seed) {
        RrSeries nn = heart(seed, t -> 0.25, t -> 30, 10);
        List<BadInterval> slow = SlowBreathingDetector.detect(nn, 30, MINUTES * 60 - 30, "RR", null,
                belt(t -> t >= 240 && t < 420 ? 10 : 4));
        assertThat(slow).singleElement().satisfies(b -> {
            assertThat(b.startSec()).isBetween(220.0, 260.0);
            assertThat(b.endSec()).isBetween(400.0, 440.0);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void beatsMissingForAFewSecondsDoNotSplitTheExercise(long seed) {
        // a wrist pulse: 4 s without beats every 45 s (the wrist moves), during the exercise too
        RrSeries nn = withGaps(heart(seed, t -> t >= 240 && t < 420 ? 0.1 : 0.25, t -> t >= 240 && t < 420 ? 60 : 35, 15),
                45, 4);

        assertThat(detect(nn)).singleElement().satisfies(b -> {
            assertThat(b.startSec()).isBetween(220.0, 260.0);
            assertThat(b.endSec()).isBetween(400.0, 440.0);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void spontaneousBreathingWithMissingBeatsIsNotSlowBreathing(long seed) {
        Random rnd = new Random(seed);
        double breathHz = 0.2 + 0.1 * rnd.nextDouble();
        RrSeries nn = heart(seed, t -> breathHz, t -> 25 + 25 * rnd.nextDouble(), 8 + 12 * rnd.nextDouble());
        assertThat(detect(withGaps(nn, 30, 6))).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void spontaneousBreathingIsNotSlowBreathing(long seed) {
        Random rnd = new Random(seed);
        double breathHz = 0.2 + 0.1 * rnd.nextDouble();
        assertThat(detect(heart(seed, t -> breathHz, t -> 25 + 25 * rnd.nextDouble(), 8 + 12 * rnd.nextDouble()))).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void withdrawnVagalToneAndSobbingAreNotSlowBreathing(long seed) {
        // the build-up of crying withdraws RSA (its respiratory swing shrinks to a few ms) while the Mayer wave stays,
        // then sobbing at 0.5-1 Hz swings the intervals again
        RrSeries nn = heart(seed, t -> t < 300 ? 0.3 : 0.7, t -> t < 300 ? 4 : 20, 14);
        assertThat(detect(nn)).isEmpty();
    }

    /**
     * A live feed's blocks ask about overlapping windows, each over its own NN (whose artefact correction may move a beat
     * that an earlier block had elsewhere): with the windows judged before kept, every block gets exactly what judging
     * all its windows anew gives.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void windowsKeptFromBlockToBlockGiveWhatJudgingThemAnewGives(long seed) {
        RrSeries nn = heart(seed, t -> t >= 200 && t < 380 ? 0.1 : 0.25, t -> t >= 200 && t < 380 ? 60 : 35, 15);
        // the same beats read as spontaneous breathing: a block whose NN changed wholesale must not get the old answers
        RrSeries spontaneous = heart(seed, t -> 0.25, t -> 35, 15);
        Random rnd = new Random(seed);
        SlowBreathingDetector.Memo memo = new SlowBreathingDetector.Memo();
        double half = SlowBreathingDetector.WINDOW_SEC / 2;
        for (double from = 0; from < MINUTES * 60 - 60; from += 10) {
            int kind = rnd.nextInt(3);
            RrSeries block = kind == 0 ? nn : kind == 1 ? movedBeat(nn, rnd) : spontaneous;
            assertThat(SlowBreathingDetector.detect(block, from - half, from + 10 + half, "RR", memo, Samples.empty()))
                    .as("block at %.0f s", from)
                    .isEqualTo(SlowBreathingDetector.detect(block, from - half, from + 10 + half, "RR"));
        }
    }

    /** {@code nn} with one interval lengthened by up to 80 ms, as a re-run artefact correction might leave it. */
    private static RrSeries movedBeat(RrSeries nn, Random rnd) {
        double[] intervals = nn.intervalsMs().toArray();
        intervals[rnd.nextInt(intervals.length)] += 80 * rnd.nextDouble();
        return new RrSeries(nn.timesSec(), Samples.wrap(intervals));
    }
}
