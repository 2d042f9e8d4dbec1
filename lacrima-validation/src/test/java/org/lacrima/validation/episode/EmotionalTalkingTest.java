package org.lacrima.validation.episode;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SimulationConfig;

/**
 * Talking about the hurt without crying ({@link ConfounderKind#EMOTIONAL_TALKING}): the heart steps up by 4–14 bpm
 * with vagal withdrawal while the client speaks and falls back within a minute after, which is a build-up and a
 * release to a detector that does not know the client was talking. The widened suite's rooms talk about everyday
 * things only; here the episode-free hours of seed sets 0-4 of every device are simulated again with emotional talk added (at
 * half of talking's rate, on top of it), and its false episodes per hour are reported.
 *
 * <p>A known gap, not a target: issue 19 asks for at most 0.1 false episodes per episode-free hour, and with emotional
 * talk the detector is far from it. The bounds hold it from getting worse: the figures measured when emotional talk
 * was first simulated (ninth session, with {@code TalkingStep} on the heart alone) plus one Poisson standard deviation
 * of the count, because a change anywhere in the simulator re-draws the sessions. The issue stays open while they
 * stand. Without {@code TalkingStep} the strap's figures were 23 (RR) and 32 (with accelerometer). The chest's bound
 * was lowered from 11 to 3 when the belt's speech stretches reached the tracker ({@code SpeechAnswer}, tenth session):
 * the figure measured then.
 */
class EmotionalTalkingTest {
    /**
     * False episodes in those 40 episode-free hours per device, measured 4 Dec (ninth session; the chest's after
     * SpeechAnswer). The chest without accelerometer joined the suite with the belt's steps standing in for the
     * accelerometer (17 before SpeechAnswer, 9 after): its gestures' EDA contact artefacts are not masked. Re-measured
     * 5 Dec (twentieth session) once the simulator's streams were seeded independently, the detector unchanged: chest 8,
     * wrist 7, RR 14, RR with accelerometer 14, chest-no-acc 7 (was 3 / 6 / 9 / 7 / 9 on the correlated seeds).
     * Re-measured 6 Dec (twenty-second session), the suite's heart swinging less with the breath while talking, laughing or walking and RSA left out over talks on the belt's devices: 5 / 10 / 15 / 15 / 7.
     */
    private static final Map<DevicePreset, Integer> MEASURED = Map.of(
            DevicePreset.CHEST, 5, DevicePreset.WRIST, 10, DevicePreset.RR_STRAP, 15, DevicePreset.RR_STRAP_ACC, 15,
            DevicePreset.CHEST_NO_ACC, 7);

    /**
     * The same hours with posture shifts allowed during a talk ({@code SimulationConfig#shiftsWhileTalking}), measured 4 Dec
     * (thirteenth session): a shift's heart response on top of an emotional talk's step reads as a build-up's top and the
     * talk's end as its release. Without emotional talk the overlap brought no false episode beyond the suite's own.
     * Measured again 5 Dec (fifteenth session, a brief bout's height held longer than a reflex's): the strap's 19 → 17,
     * chest-no-acc 6 → 5. Re-measured 5 Dec (twentieth session) on independent seeds, the detector unchanged: chest 9,
     * wrist 6, RR 19, RR with accelerometer 19, chest-no-acc 11 (was 7 / 12 / 17 / 17 / 5). Re-measured 6 Dec
     * (twenty-second session), the suite's RSA following the breathing's mode: 6 / 8 / 18 / 18 / 8.
     */
    private static final Map<DevicePreset, Integer> MEASURED_WITH_SHIFTS = Map.of(
            DevicePreset.CHEST, 6, DevicePreset.WRIST, 8, DevicePreset.RR_STRAP, 18, DevicePreset.RR_STRAP_ACC, 18,
            DevicePreset.CHEST_NO_ACC, 8);

    private static SimulationConfig withEmotionalTalk(SimulationConfig config) {
        return KnownGapHours.adding(config, ConfounderKind.EMOTIONAL_TALKING);
    }

    @Test
    void emotionalTalkWithoutCryingIsAKnownGapThatDoesNotWiden() {
        KnownGapHours.assertConfounderGap("emotional talk without crying",
                KnownGapHours.run("emotional talk", EmotionalTalkingTest::withEmotionalTalk),
                ConfounderKind.EMOTIONAL_TALKING, MEASURED);
    }

    @Test
    void postureShiftsDuringEmotionalTalkAreAKnownGapThatDoesNotWiden() {
        KnownGapHours.assertConfounderGap("emotional talk with posture shifts during talks",
                KnownGapHours.run("emotional talk, shifts while talking",
                        config -> withEmotionalTalk(config).withShiftsWhileTalking(true)),
                ConfounderKind.EMOTIONAL_TALKING, MEASURED_WITH_SHIFTS);
    }
}
