package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.quality.BadInterval;

class BeltJoltDetectorTest {
    private static final double RATE = JoltingBelt.RATE_HZ;
    private static final double MINUTES = 5;

    private static double[] breathing(long seed, double joltShare) {
        return JoltingBelt.breathing(seed, MINUTES * 60, joltShare, 120, 220);
    }

    private static Channel belt(double[] x) {
        return JoltingBelt.channel(x);
    }

    private static double flagged(List<BadInterval> stretches, double from, double to) {
        return stretches.stream().mapToDouble(b -> Math.max(0, Math.min(to, b.endSec()) - Math.max(from, b.startSec())))
                .sum();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void joltsAsStrongAsTheBreathsAreFoundAndBreathingAloneIsNot(long seed) {
        List<BadInterval> jolts = new BeltJoltDetector().detect(belt(breathing(seed, 1.0)), 0, Double.POSITIVE_INFINITY,
                "belt");
        assertThat(flagged(jolts, 125, 215)).as("inside the jolts").isGreaterThan(80);
        assertThat(flagged(jolts, 0, 115) + flagged(jolts, 225, 300)).as("breathing alone").isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void jiggleWellUnderTheBreathsIsNoJolting(long seed) {
        List<BadInterval> jolts = new BeltJoltDetector().detect(belt(breathing(seed, 0.15)), 0, Double.POSITIVE_INFINITY,
                "belt");
        assertThat(flagged(jolts, 0, 300)).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void aBeltThatLostContactIsNotJoltingThoughItsNoiseOutweighsItsBreaths(long seed) {
        Random rnd = new Random(seed);
        double[] x = breathing(seed, 0);
        // from 150 s on the belt records its own noise only
        for (int i = (int) (150 * RATE); i < x.length; i++) {
            x[i] = 0.01 * rnd.nextGaussian();
        }
        List<BadInterval> jolts = new BeltJoltDetector().detect(belt(x), 0, Double.POSITIVE_INFINITY, "belt");
        assertThat(flagged(jolts, 0, 300)).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void sobLikeCyclesAreNotJoltsForLong(long seed) {
        Random rnd = new Random(seed);
        double[] x = breathing(seed, 0);
        JoltingBelt.sobLikeCycles(x, 120, 240, 0.01, rnd);
        List<BadInterval> jolts = new BeltJoltDetector().detect(belt(x), 0, Double.POSITIVE_INFINITY, "belt");
        assertThat(jolts).allSatisfy(j -> assertThat(j.durationSec()).isLessThan(15));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void judgingInBlocksFindsWhatJudgingAtOnceFinds(long seed) {
        Channel whole = belt(breathing(seed, 1.0));
        List<BadInterval> atOnce = new BeltJoltDetector().detect(whole, 0, Double.POSITIVE_INFINITY, "belt");
        BeltJoltDetector inBlocks = new BeltJoltDetector();
        double judgedUntil = 0;
        double covered = 0;
        double total = 0;
        for (double end = 37; judgedUntil < MINUTES * 60 - BeltStepDetector.WINDOW_SEC; end += 37) {
            Channel part = whole.slice(0, Math.min(end, MINUTES * 60));
            for (BadInterval b : inBlocks.detect(part, judgedUntil, Double.POSITIVE_INFINITY, "belt")) {
                covered += flagged(atOnce, b.startSec(), b.endSec());
                total += b.durationSec();
            }
            judgedUntil = Math.floor(part.endSec() - BeltStepDetector.WINDOW_SEC) + 1;
        }
        assertThat(total).isEqualTo(atOnce.stream().mapToDouble(BadInterval::durationSec).sum());
        assertThat(covered).isEqualTo(total);
    }
}
