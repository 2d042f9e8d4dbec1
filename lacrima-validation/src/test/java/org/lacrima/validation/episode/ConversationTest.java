package org.lacrima.validation.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lacrima.core.sim.Confounder;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;

/**
 * A therapy session is a conversation ({@code SimulationConfig#conversation}): the client talks in turns of 20-180 s,
 * half of them on what hurts, over a third to three fifths of the clock, where the suite's rooms talk a few minutes an
 * hour. Each turn's start lifts the heart a little (a step on an emotional topic) and takes the heart's swing with the
 * breath away (speech breathing); each turn's end gives both back, which on the heart alone is a rise and a fall with a
 * vagal rebound. Both independent session models talk that much, and their RR-only episode-free sessions give 3-4
 * false episodes an hour, most at a talk's end. Here the episode-free hours of seed sets 0-4 of every device are
 * simulated again with the conversation, and their false episodes per device are reported and held.
 *
 * <p>A known gap: the bounds hold it from getting worse, at the figures measured when the conversation was first
 * simulated plus one Poisson standard deviation of the count (a change anywhere in the simulator re-draws the
 * sessions).
 */
class ConversationTest {
    /**
     * False episodes in those 40 episode-free hours per device (the client talking 44 % of the clock, about 300 emotional
     * turns each), measured 6 Dec (twenty-ninth session): with the detector as it was chest 31, wrist 122, RR 65, RR with
     * accelerometer 74, chest without accelerometer 37 (the suite's own hours: 0, 1, 6, 6, 3); once a talk's step held
     * through the turn was judged by its time course on the wrist too, as on the heart alone, unless the skin rose with
     * the heart ({@code TalkingStep}), wrist 105; once a rise the belt saw spoken turn after turn (listening pauses under
     * a minute) counted as spoken through ({@code SpeechAnswer#talkThrough}), chest 26, chest without accelerometer 34.
     * Thirtieth session: a chest-worn accelerometer tilts with the breath and feels a hand's gestures only a tenth as
     * strongly (the simulator had drawn every accelerometer as a wrist's); the chest device's accelerometer then no longer
     * sees the hand that jolts its finger electrodes, and the chest gives 35, as the chest without accelerometer does
     * (34). The strap's accelerometer now gives the talking's breathing ({@code ChestAccelerometerBreathing}): RR with
     * accelerometer 74 -> 33 (44 with the gestures still felt in full). Thirty-eighth session: a talk's step needs a
     * rebound over the baseline too, not only over a minute before the onset that the previous turn's withdrawal still
     * held ({@code DecisionChecks#heldReboundOverRest}): wrist 105 -> 100, RR 65 -> 51, RR with accelerometer 33 -> 26.
     */
    private static final Map<DevicePreset, Integer> MEASURED = Map.of(
            DevicePreset.CHEST, 35, DevicePreset.WRIST, 100, DevicePreset.RR_STRAP, 51, DevicePreset.RR_STRAP_ACC, 26,
            DevicePreset.CHEST_NO_ACC, 34);

    @Test
    void aSessionTalkedThroughInTurnsIsAKnownGapThatDoesNotWiden() {
        List<WidenedSuite.Result> results = KnownGapHours.run("conversation", config -> config.withConversation(true));
        double talking = 0;
        double clock = 0;
        for (WidenedSuite.Result r : results) {
            clock += r.sessionCase().config().durationSec();
            talking += r.truth().confounders().stream().filter(ConversationTest::isTalk)
                    .mapToDouble(c -> c.endSec() - c.startSec()).sum();
        }
        System.out.println(String.format(Locale.ROOT, "conversation: the client talks %.0f %% of the episode-free hours",
                100 * talking / clock));
        assertThat(talking / clock).as("share of the clock talked").isBetween(0.25, 0.6);
        KnownGapHours.assertConfounderGap("conversation", results, ConfounderKind.EMOTIONAL_TALKING, MEASURED);
    }

    private static boolean isTalk(Confounder c) {
        return c.kind() == ConfounderKind.TALKING || c.kind() == ConfounderKind.EMOTIONAL_TALKING;
    }
}
