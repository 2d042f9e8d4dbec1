package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SimulationConfig#shiftsWhileTalking()}: off, behavioural confounders keep 10 s apart, so no posture shift comes
 * while the client talks; on, posture shifts come during talks as well, and still never near another kind (a laugh, a
 * sigh, a walk) or another shift.
 */
class ShiftsWhileTalkingTest {
    private static List<Confounder> confounders(long seed, boolean on) {
        SimulationConfig cfg = SimulationConfig.preset(DevicePreset.RR_STRAP).withSeed(seed).withDurationSec(60 * 60)
                .withVariety(EpisodeVariety.WIDE).withEpisodes(List.of())
                .withConfounders(EnumSet.of(ConfounderKind.TALKING, ConfounderKind.EMOTIONAL_TALKING,
                        ConfounderKind.POSTURE_SHIFT, ConfounderKind.LAUGHTER, ConfounderKind.SIGH, ConfounderKind.WALK))
                .withShiftsWhileTalking(on);
        return SessionSimulator.simulate(cfg).truth().confounders();
    }

    private static boolean talk(Confounder c) {
        return c.kind() == ConfounderKind.TALKING || c.kind() == ConfounderKind.EMOTIONAL_TALKING;
    }

    private static boolean near(Confounder a, Confounder b) {
        return a.startSec() < b.endSec() + 10 && a.endSec() + 10 > b.startSec();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void shiftsComeDuringTalkOnlyWhenAskedAndNeverNearAnythingElse(long seed) {
        for (boolean on : new boolean[] {false, true}) {
            List<Confounder> all = confounders(seed, on);
            List<Confounder> shifts = all.stream().filter(c -> c.kind() == ConfounderKind.POSTURE_SHIFT).toList();
            assertThat(shifts).isNotEmpty();
            for (Confounder shift : shifts) {
                for (Confounder other : all) {
                    if (other != shift && near(shift, other) && !(on && talk(other))) {
                        throw new AssertionError("shifts while talking " + on + ": " + shift + " near " + other);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void withTheOptionSomeShiftsComeDuringATalk(long seed) {
        long during = 0;
        for (long s = seed; s < seed + 4; s++) {
            List<Confounder> all = confounders(s, true);
            during += all.stream().filter(c -> c.kind() == ConfounderKind.POSTURE_SHIFT)
                    .filter(shift -> all.stream().anyMatch(t -> talk(t) && near(shift, t))).count();
        }
        assertThat(during).as("posture shifts during a talk in 4 hours").isPositive();
    }
}
