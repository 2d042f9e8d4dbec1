package org.lacrima.validation.episode;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.lacrima.core.sim.Confounder;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;

/**
 * Posture shifts while the client talks ({@code SimulationConfig#shiftsWhileTalking}): in a therapy room clients shift
 * in the chair mid-sentence, and the shift's heart response (the muscle reflex's few beats per minute, an effortful
 * shift's second rise) then comes on top of the talk's own small rise. The acceptance's simulator keeps behavioural
 * confounders 10 s apart; both independent session models let them overlap, and independent model 2's false episodes
 * on the heart alone often sit on a posture shift during talk (6 of its 14 RR-only false episodes on its episode-free
 * sessions sit on a posture shift, 4 of them while talking). Here the acceptance's episode-free hours are simulated
 * again with the overlap allowed.
 *
 * <p>Measured when it was first simulated (thirteenth session): 131 shifts came during a talk in the 200 hours, and the
 * false episodes per device were those of the acceptance's own hours (chest 0, wrist 4, RR only 5, RR with accelerometer
 * 4, chest without accelerometer 1 against 3): the overlap by itself is no gap, and issue 19's 0.1 per hour holds with
 * it. The bounds (measured plus one Poisson standard deviation) keep it so.
 */
class ShiftWhileTalkingHoursTest {
    /** False episodes in the 40 episode-free hours per device with shifts while talking, measured 4 Dec (thirteenth session). */
    private static final Map<DevicePreset, Integer> MEASURED = Map.of(
            DevicePreset.CHEST, 0, DevicePreset.WRIST, 4, DevicePreset.RR_STRAP, 5, DevicePreset.RR_STRAP_ACC, 4,
            DevicePreset.CHEST_NO_ACC, 1);

    @Test
    void postureShiftsWhileTalkingBringNoFalseEpisodesBeyondTheAcceptancesOwn() {
        List<WidenedSuite.Result> results = KnownGapHours.run("shifts while talking",
                config -> config.withShiftsWhileTalking(true));
        Map<DevicePreset, BoutScore> free = KnownGapHours.score(results);
        long shiftsInTalk = results.stream().mapToLong(r -> shiftsWhileTalking(r.truth().confounders())).sum();
        System.out.println(KnownGapHours.report("posture shifts while talking (" + shiftsInTalk + " shifts in a talk)",
                free));

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(shiftsInTalk).as("posture shifts that came while the client talked").isPositive();
        soft.assertThat(free).as("every device's hours").hasSize(MEASURED.size());
        KnownGapHours.assertWithinBounds(soft, free, MEASURED);
        soft.assertAll();
    }

    private static long shiftsWhileTalking(List<Confounder> confounders) {
        return confounders.stream().filter(c -> c.kind() == ConfounderKind.POSTURE_SHIFT)
                .filter(shift -> confounders.stream().anyMatch(t -> (t.kind() == ConfounderKind.TALKING
                        || t.kind() == ConfounderKind.EMOTIONAL_TALKING)
                        && shift.startSec() < t.endSec() && shift.endSec() > t.startSec()))
                .count();
    }
}
