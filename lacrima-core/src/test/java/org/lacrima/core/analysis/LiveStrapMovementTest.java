package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SessionsWith;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;

/**
 * A chest strap streaming RR intervals and its accelerometer, as the live page does with a Polar H10: the walks
 * are found live as in the file, and the live episodes are the file's.
 */
class LiveStrapMovementTest {
    @ParameterizedTest(name = "from seed {0}")
    @ValueSource(longs = {100, 200, 300})
    void walksAreLeftOutLiveAsInTheFile(long fromSeed) {
        SimulatedSession session = SessionsWith.firstWith(ConfounderKind.WALK, fromSeed, seed -> SimulationConfig
                .preset(DevicePreset.RR_STRAP_ACC).withSeed(seed).withDurationSec(30 * 60).withEpisodes(List.of())
                .withConfounders(EnumSet.of(ConfounderKind.WALK, ConfounderKind.TALKING, ConfounderKind.MISSED_BEAT)));
        Recording recording = session.recording();
        assertThat(session.truth().confounders()).anyMatch(c -> c.kind() == ConfounderKind.WALK);
        SessionAnalysis file = new SessionAnalyzer().analyze(recording);

        LiveAnalyzer live = new LiveAnalyzer(recording.metadata(), AnalysisOptions.defaults());
        for (double t = 0; t < recording.durationSec(); t += 1) {
            live.accept(recording.slice(t, Math.min(recording.durationSec(), t + 1)));
        }
        SessionAnalysis streamed = live.finish();

        List<String> fileMovement = movement(file);
        assertThat(fileMovement).as("the file finds the walks").isNotEmpty();
        assertThat(movement(streamed)).isEqualTo(fileMovement);
        assertThat(streamed.warnings()).noneMatch(w -> w.startsWith("no accelerometer"));
        assertThat(streamed.episodes()).hasSameSizeAs(file.episodes());
        for (int i = 0; i < file.episodes().size(); i++) {
            Episode f = file.episodes().get(i);
            assertThat(streamed.episodes().get(i).peakSec()).isCloseTo(f.peakSec(), within(2.0));
            assertThat(streamed.episodes().get(i).outcome()).isEqualTo(f.outcome());
        }
    }

    private static List<String> movement(SessionAnalysis a) {
        return a.warnings().stream().filter(w -> w.contains("walking or sustained movement")).toList();
    }
}
