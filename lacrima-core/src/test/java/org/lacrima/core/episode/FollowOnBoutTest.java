package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FollowOnBout} and {@link PreRiseLevels} on their own, on a seeded wrist-like spell at 4 Hz (S the weighted mean
 * of skin conductance, 1.5, and heart rate, 1; P from RSA). Bout 1 builds up from 100 to 145 s and releases at 150 s:
 * heart rate back within about 15 s, RSA rebounding towards 1.7 z, skin conductance recovering over minutes. Bout 2
 * builds up from 220 to 245 s on heart rate (to 4 z) and RSA (to {@code pTop} z) and holds to 260 s, while skin
 * conductance is still coming down: S rises by less than an entry rise over its trough.
 */
class FollowOnBoutTest {
    private static final double RATE_HZ = 4;
    private static final int WINDOW = 40;
    private static final DetectorSettings SETTINGS = DetectorSettings.defaults();

    static LongStream seeds() {
        return LongStream.range(0, 8);
    }

    private static double ramp(double t, double from, double to, double height) {
        return t < from ? 0 : t < to ? height * (t - from) / (to - from) : height;
    }

    private static AxisHistory spell(long seed, double pTop, boolean pIndependent) {
        Random rnd = new Random(seed);
        AxisHistory history = new AxisHistory(RATE_HZ, true, List.of("EDA", "HR"), pIndependent);
        for (int k = 0; k < 280 * RATE_HZ; k++) {
            double t = k / RATE_HZ;
            double eda = t < 150 ? ramp(t, 100, 145, 3) : 3 * Math.exp(-(t - 150) / 150);
            double hr = (t < 150 ? ramp(t, 100, 145, 5) : 5 * Math.exp(-(t - 150) / 15)) + ramp(t, 220, 245, 4);
            double p = t < 150 ? ramp(t, 100, 145, -3) : 1.7 - 4.7 * Math.exp(-(t - 150) / 20);
            if (t >= 220) {
                double at220 = 1.7 - 4.7 * Math.exp(-70.0 / 20);
                p = at220 + ramp(t, 220, 245, pTop - at220);
            }
            eda += 0.05 * rnd.nextGaussian();
            hr += 0.05 * rnd.nextGaussian();
            history.add((1.5 * eda + hr) / 2.5, 1, p + 0.05 * rnd.nextGaussian(), 1, Double.NaN, new double[] {eda, hr});
        }
        return history;
    }

    private static int at(double sec) {
        return (int) Math.round(sec * RATE_HZ);
    }

    private static int top(AxisHistory history) {
        return history.s.argMax(0, at(200));
    }

    private static int trough(AxisHistory history) {
        return history.s.argMin(top(history), at(250) + 1);
    }

    /** Whether bout 2 starts at 250 s on its witnesses, after bout 1 released. */
    private static boolean startsOnWitnesses(AxisHistory history) {
        return new FollowOnBout(history, SETTINGS, WINDOW).startsOnWitnesses(at(250), top(history), trough(history), true);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theNextBoutStartsOnItsWitnessesWhereSRisesLessThanAnEntryRise(long seed) {
        AxisHistory history = spell(seed, -1.5, true);
        FollowOnBout followOn = new FollowOnBout(history, SETTINGS, WINDOW);
        int k = at(250);
        int trough = trough(history);

        assertThat(history.s(k) - history.s(trough)).as("S's own rise").isBetween(1.0, 2.0);
        assertThat(followOn.startsOnS(k, trough, true)).isFalse();
        assertThat(startsOnWitnesses(history)).isTrue();
        // before the first bout released, witnesses count for nothing
        assertThat(followOn.startsOnWitnesses(k, top(history), trough, false)).isFalse();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void heartRateAloneIsOneWitness(long seed) {
        // RSA stays where its rebound left it: heart rate is the only system that rose
        assertThat(startsOnWitnesses(spell(seed, 1.5, true))).isFalse();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void vagalToneIsNoWitnessWhenItIsHeartRateInverted(long seed) {
        assertThat(startsOnWitnesses(spell(seed, -1.5, false))).isFalse();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anEntryRiseOverTheTroughStartsTheNextBoutOnS(long seed) {
        AxisHistory history = spell(seed, -1.5, true);
        FollowOnBout followOn = new FollowOnBout(history, SETTINGS, WINDOW);

        // measured from a point at rest, an entry rise under S at 250 s; S stands at absoluteEnter there
        int lowEnough = at(50);
        assertThat(history.s(at(250)) - history.s(lowEnough)).isGreaterThanOrEqualTo(SETTINGS.riseEnter());
        assertThat(followOn.startsOnS(at(250), lowEnough, true)).isTrue();
        assertThat(followOn.startsOnS(at(250), lowEnough, false)).isFalse();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theLevelsSinceTheTopAreWhereTheReleaseLeftTheWitnesses(long seed) {
        AxisHistory history = spell(seed, -1.5, true);
        FollowOnBout followOn = new FollowOnBout(history, SETTINGS, WINDOW);

        PreRiseLevels levels = followOn.levelsSince(top(history), at(250));
        // heart rate back at rest before bout 2, RSA rebounded to about 1.56 z at 220 s, skin conductance still falling
        assertThat(levels.channels()[1]).isCloseTo(0.1, within(0.15));
        assertThat(levels.p()).isCloseTo(1.5, within(0.15));
        assertThat(levels.channels()[0]).isCloseTo(3 * Math.exp(-100.0 / 150), within(0.15));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aWitnessedRiseStandsOutAtTheKeepLevelOnlyWithItsWitnesses(long seed) {
        AxisHistory history = spell(seed, -1.5, true);
        FollowOnBout followOn = new FollowOnBout(history, SETTINGS, WINDOW);
        int k = at(250);
        double trough = history.s(trough(history));
        PreRiseLevels witnessedFrom = followOn.levelsSince(top(history), k);

        assertThat(followOn.stoodOut(k, trough, null)).as("on S alone").isFalse();
        assertThat(followOn.stoodOut(k, trough, witnessedFrom)).as("witnessed").isTrue();
        assertThat(followOn.stoodOut(k, trough - SETTINGS.riseEnter(), null)).as("an entry rise on S").isTrue();
        assertThat(followOn.stoodOut(k, history.s(k) - 0.5, witnessedFrom)).as("under the keep level").isFalse();

        double held = history.s.median(k - 80, k + 1) - trough;
        assertThat(followOn.heldOnWitnesses(k - 80, k + 1, held, witnessedFrom)).isTrue();
        assertThat(followOn.heldOnWitnesses(k - 80, k + 1, held, null)).isFalse();
        assertThat(followOn.heldOnWitnesses(k - 80, k + 1, 0.5, witnessedFrom)).isFalse();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void preRiseLevelsCountEachSystemThatRoseAndAreValues(long seed) {
        AxisHistory history = spell(seed, -1.5, true);
        int k = at(250);
        double[] before = {0, 0};
        PreRiseLevels levels = new PreRiseLevels(before, 1.5);

        // skin conductance at 1.6 z (short of 2 over 0), heart rate 4 z, P 3 z under 1.5
        assertThat(levels.systemsRisen(history, k - WINDOW + 1, k + 1, 2.0)).isEqualTo(2);
        assertThat(levels.systemsRisen(history, k - WINDOW + 1, k + 1, 1.0)).isEqualTo(3);
        assertThat(levels.systemsRisen(history, k - WINDOW + 1, k + 1, 5.0)).isZero();

        before[1] = 9;
        assertThat(levels.channels()[1]).as("copied in").isZero();
        levels.channels()[0] = 9;
        assertThat(levels.channels()[0]).as("copied out").isZero();
        assertThat(levels).isEqualTo(new PreRiseLevels(new double[] {0, 0}, 1.5))
                .hasSameHashCodeAs(new PreRiseLevels(new double[] {0, 0}, 1.5))
                .isNotEqualTo(new PreRiseLevels(new double[] {0, 0.5}, 1.5));
        PreRiseLevels medians = PreRiseLevels.medians(history, k - WINDOW + 1, k + 1);
        assertThat(medians.channels()[1]).isEqualTo(history.channelS.get(1).median(k - WINDOW + 1, k + 1));
        assertThat(medians.p()).isEqualTo(history.p.median(k - WINDOW + 1, k + 1));
    }
}
