package org.lacrima.validation.episode;

import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.sim.Confounder;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;

/**
 * Breathing exercises a therapist leads between episodes ({@code SimulationConfig#breathingExercises}): a calming
 * intervention is marked, and the client breathes slowly at the therapist's pace for 1-4 minutes, which raises vagal
 * tone and slows the heart with no build-up and no release (issue 19: "a therapist who paces slow breathing after an
 * intervention raises vagal tone without any release having happened"; independent model 2's episode-free sessions hold
 * such exercises). The episode-free hours of seed sets 0-4 on every device are simulated with the exercises, and the
 * false episodes whose peak lies in an exercise or the {@value #AFTER_SEC} s after it are counted.
 *
 * <p>Measured 5 Dec (seventeenth session), 200 hours with 316 exercises. At first 30 false episodes (0.15 per hour;
 * 14 in the same hours without the exercises), 20 of them peaking in or within four minutes after an exercise, 18 of
 * these on the heart alone (an RR strap, with or without its accelerometer):
 * <ul>
 *   <li>the heart slowed by the exercise's after-effect came back to its level over minutes and was read as a build-up
 *       from the low it left: a rise is now measured from no lower than the level before the exercise for four minutes
 *       after it ({@code EpisodeTracker.AFTER_EFFECT_SEC}; 20 to 16);</li>
 *   <li>the smoothed heart rate at the edge of the exercise's blank was the median of a second or two of the breath's
 *       swing, its crest, read as a build-up's top: on the heart alone the median now needs a whole half window beside a
 *       stretch left out ({@code IncrementalEpisodeDetector}; 16 to 4, 22 false episodes in all, 0.11 per hour).</li>
 * </ul>
 * The bounds hold the figures from getting worse by more than one Poisson standard deviation.
 *
 * <p>Re-measured 5 Dec (twentieth session) once every stream of the simulator was seeded independently, the detector
 * unchanged: 343 exercises, 32 false episodes (0.16 per hour), 10 of them in or within four minutes after an exercise
 * (chest 3, wrist 0, RR 3, RR with accelerometer 3, chest-no-acc 1). Re-measured 6 Dec (twenty-second session),
 * the suite's heart swinging less with the breath while talking, laughing or walking and RSA left out over talks on the belt's devices: 38 false episodes (0.19 per hour), 7 of them in or within four minutes after an exercise (chest 2, wrist 0, RR 2,
 * RR with accelerometer 2, chest-no-acc 1).
 */
class BreathingExercisesTest {
    /** Seconds after an exercise whose false episodes are the exercise's: its after-effect fades within about four minutes. */
    private static final double AFTER_SEC = 240;
    /** Measured 6 Dec (twenty-second session): false episodes peaking in or after an exercise, all devices. */
    private static final int MEASURED_AFTER_EXERCISES = 7;
    /** Measured the same day: false episodes per hour over the episode-free hours with the exercises. */
    private static final double MEASURED_PER_HOUR = 0.19;

    @Test
    void breathingExercisesBetweenEpisodesAreNoEpisodes() {
        List<WidenedSuite.Result> results = KnownGapHours.run("breathing exercises", c -> c.withBreathingExercises(true));
        BoutScore all = BoutScore.of(results);
        int exercises = 0;
        int afterExercises = 0;
        StringBuilder perDevice = new StringBuilder();
        for (DevicePreset device : WidenedSuite.DEVICES) {
            int found = 0;
            for (WidenedSuite.Result r : results) {
                if (r.sessionCase().device() != device) {
                    continue;
                }
                List<Confounder> paced = r.truth().confounders().stream()
                        .filter(c -> c.kind() == ConfounderKind.PACED_BREATHING).toList();
                exercises += paced.size();
                for (Episode e : r.analysis().episodes()) {
                    if (paced.stream().anyMatch(p -> e.peakSec() >= p.startSec() - 30 && e.peakSec() <= p.endSec() + AFTER_SEC)) {
                        found++;
                    }
                }
            }
            afterExercises += found;
            perDevice.append(String.format(Locale.ROOT, " %s %d", device.token(), found));
        }
        System.out.println(String.format(Locale.ROOT, "breathing exercises in the episode-free hours (seed sets 0-4): "
                + "%d exercises in %.0f h; false episodes %d (%.2f per hour), %d peaking in or within %.0f s after an "
                + "exercise:%s", exercises, all.hours, all.falseEpisodes.size(), all.falseEpisodesPerHour(),
                afterExercises, AFTER_SEC, perDevice));

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(exercises).as("exercises drawn").isGreaterThanOrEqualTo(250);
        soft.assertThat(afterExercises).as("false episodes in or after an exercise (measured %d)", MEASURED_AFTER_EXERCISES)
                .isLessThanOrEqualTo((int) Math.ceil(MEASURED_AFTER_EXERCISES + Math.sqrt(MEASURED_AFTER_EXERCISES)));
        soft.assertThat(all.falseEpisodesPerHour()).as("false episodes per hour with the exercises (measured %.2f)",
                MEASURED_PER_HOUR).isLessThanOrEqualTo(MEASURED_PER_HOUR + Math.sqrt(MEASURED_PER_HOUR * all.hours) / all.hours);
        soft.assertAll();
    }
}
