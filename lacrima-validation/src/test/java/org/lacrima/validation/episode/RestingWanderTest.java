package org.lacrima.validation.episode;

import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Sessions whose resting state wanders ({@code SimulationConfig#restingWander}): resting heart rate by 1.5-4 bpm
 * (spread) over about five minutes, the tonic skin conductance level by 5-15 % over about ten, so that the baseline of
 * the first minutes stands for later calm stretches only roughly (WESAD S4's seated baseline: 1-minute means with a
 * spread of 2.2 bpm, 8 bpm apart within 16 minutes). Eight sessions with episodes and eight episode-free hours per device
 * and seed set 0-4.
 *
 * <p>Measured 5 Dec (nineteenth session), 381 hours: without the wander the same cases give recall 0.885 and 14 false
 * episodes; with it recall {@value #MEASURED_RECALL} and {@value #MEASURED_FALSE} false episodes, 151 and 152 of them on
 * the RR strap with and without its accelerometer (about 2 an hour), 20-32 on the other devices. On the heart alone a
 * wander of a few bpm over minutes, with a talk's or a posture shift's beats on it, is a rise of 7-15 bpm and a fall: the
 * size and shape of the subtle build-ups issue 19 asks to find. A rise asked to stand out from S's own wander between
 * quiet 3-minute blocks (three wanders) took 377 to 359 and recall to 0.796: not kept (docs/DETECTOR-HISTORY.md). The
 * bounds hold these from getting worse by more than one standard deviation: this is a measured gap, not a target met.
 *
 * <p>Re-measured 5 Dec (twentieth session) once every stream of the simulator was seeded independently, the detector
 * unchanged: recall 0.785, 349 false episodes (RR 140, RR with accelerometer 142, wrist 26, chest 21, chest-no-acc 20).
 * Re-measured 6 Dec (twenty-second session), the suite's heart swinging less with the breath while talking, laughing or walking and RSA left out over talks on the belt's devices: recall 0.782, 370 false episodes (RR 147, RR with accelerometer
 * 148, wrist 32, chest 22, chest-no-acc 21).
 */
class RestingWanderTest {
    /** Measured on the cases here: recall of the bouts of the sessions with episodes, all devices. */
    private static final double MEASURED_RECALL = 0.782;
    /** Measured the same day: false episodes in all the cases (sessions with episodes and episode-free hours). */
    private static final int MEASURED_FALSE = 370;

    @Test
    void aWanderingRestingStateIsNoBuildUp() {
        List<WidenedSuite.Result> results = WidenedSuite.runAll(
                WidenedSuite.casesWith("resting wander", 8, 0, 8, c -> c.withRestingWander(true)));
        BoutScore all = BoutScore.of(results);
        String perDevice = BoutScore.perDevice(results, s -> "");
        System.out.println(String.format(Locale.ROOT, "sessions whose resting state wanders (seed sets 0-4, %.0f h):"
                + " recall %.3f, %d false episodes%s", all.hours, all.recall(), all.falseEpisodes.size(), perDevice));

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(all.falseEpisodes.size()).as("false episodes (measured %d)", MEASURED_FALSE)
                .isLessThanOrEqualTo((int) Math.ceil(MEASURED_FALSE + Math.sqrt(MEASURED_FALSE)));
        soft.assertThat(all.recall()).as("recall with the wander (measured %.2f)", MEASURED_RECALL)
                .isGreaterThanOrEqualTo(MEASURED_RECALL - BoutScore.binomialSd(MEASURED_RECALL, all.matches.size()));
        soft.assertAll();
    }
}
