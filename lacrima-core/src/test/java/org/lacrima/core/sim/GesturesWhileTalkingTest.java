package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SimulationConfig#gesturesWhileTalking()}: on, about half the talks come with the hands moving through most of
 * them; every other confounder stays where it was without the option.
 */
class GesturesWhileTalkingTest {
    private static List<Confounder> confounders(long seed, boolean on) {
        SimulationConfig cfg = SimulationConfig.preset(DevicePreset.WRIST).withSeed(seed).withDurationSec(60 * 60)
                .withVariety(EpisodeVariety.WIDE).withEpisodes(List.of())
                .withConfounders(EnumSet.of(ConfounderKind.TALKING, ConfounderKind.EMOTIONAL_TALKING,
                        ConfounderKind.POSTURE_SHIFT, ConfounderKind.WRIST_MOTION, ConfounderKind.WALK))
                .withGesturesWhileTalking(on);
        return SessionSimulator.simulate(cfg).truth().confounders();
    }

    private static boolean talk(Confounder c) {
        return c.kind() == ConfounderKind.TALKING || c.kind() == ConfounderKind.EMOTIONAL_TALKING;
    }

    /** Seconds of {@code talk} that wrist movements cover. */
    private static double moving(Confounder talk, List<Confounder> all) {
        return all.stream().filter(c -> c.kind() == ConfounderKind.WRIST_MOTION)
                .mapToDouble(c -> Math.max(0, Math.min(talk.endSec(), c.endSec()) - Math.max(talk.startSec(), c.startSec())))
                .sum();
    }

    @ParameterizedTest(name = "seeds from {0}")
    @ValueSource(longs = {1, 101, 201})
    void aboutHalfTheTalksComeWithTheHandsMovingThroughThem(long firstSeed) {
        int talks = 0;
        int animated = 0;
        for (long seed = firstSeed; seed < firstSeed + 8; seed++) {
            List<Confounder> all = confounders(seed, true);
            for (Confounder t : all.stream().filter(GesturesWhileTalkingTest::talk).toList()) {
                talks++;
                animated += moving(t, all) >= 0.6 * (t.endSec() - t.startSec()) ? 1 : 0;
            }
        }
        assertThat(talks).as("talks in 8 hours").isGreaterThanOrEqualTo(24);
        assertThat((double) animated / talks).as("share of talks with the hands moving").isBetween(0.25, 0.75);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void everyOtherConfounderStaysWhereItWas(long seed) {
        List<Confounder> without = confounders(seed, false);
        List<Confounder> with = confounders(seed, true);
        assertThat(with).containsAll(without);
        assertThat(with.stream().filter(c -> !without.contains(c)))
                .allSatisfy(c -> assertThat(c.kind()).isEqualTo(ConfounderKind.WRIST_MOTION));
    }
}
