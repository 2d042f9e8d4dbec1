package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Event;
import org.lacrima.core.model.Samples;

/**
 * Breathing exercises a therapist leads between episodes ({@link SimulationConfig#breathingExercises()}): each is marked
 * as a calming intervention, the client then breathes at 5-7 breaths a minute, clear of the episodes, and turning them on
 * leaves the episodes where they were.
 */
class BreathingExercisesSimulationTest {
    private static SimulationConfig session(long seed) {
        return SimulationConfig.preset(DevicePreset.CHEST).withSeed(seed).withDurationSec(120 * 60)
                .withVariety(EpisodeVariety.WIDE).withConfounders(EnumSet.allOf(ConfounderKind.class))
                .withEpisodes(EpisodeSpec.parseList(List.of("resolved", "subsided-interrupted")));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void exercisesAreMarkedPacedAndKeptClearOfTheEpisodes(long seed) {
        SimulatedSession without = SessionSimulator.simulate(session(seed));
        SimulatedSession with = SessionSimulator.simulate(session(seed).withBreathingExercises(true));
        List<Confounder> exercises = with.truth().confounders().stream()
                .filter(c -> c.kind() == ConfounderKind.PACED_BREATHING).toList();

        assertThat(exercises).isNotEmpty();
        assertThat(with.truth().episodes()).isEqualTo(without.truth().episodes());
        assertThat(without.truth().confounders()).noneMatch(c -> c.kind() == ConfounderKind.PACED_BREATHING);
        for (Confounder exercise : exercises) {
            assertThat(exercise.endSec() - exercise.startSec()).isBetween(60.0, 240.0);
            assertThat(with.truth().episodes()).allSatisfy(e -> assertThat(
                    exercise.endSec() + 60 < e.onsetSec() - 90 || exercise.startSec() - 30 > e.endSec() + 120).isTrue());
            assertThat(with.recording().events()).map(Event::onsetSec)
                    .anySatisfy(t -> assertThat(exercise.startSec() - t).isBetween(10.0, 30.0));
            // the client follows the count: breaths of 8.5-12 s over the exercise
            Samples onsets = with.truth().breathOnsetsSec();
            int first = onsets.firstIndexAtOrAfter(exercise.startSec() + 5);
            int last = onsets.firstIndexAtOrAfter(exercise.endSec() - 5);
            assertThat(last - first).isGreaterThanOrEqualTo(4);
            double meanBreathSec = (onsets.get(last - 1) - onsets.get(first)) / (last - 1 - first);
            assertThat(meanBreathSec).isBetween(60.0 / 7.5, 60.0 / 4.5);
        }
    }
}
