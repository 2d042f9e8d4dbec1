package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.Confounder;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SessionsWith;
import org.lacrima.core.sim.SimulatedSession;
import org.lacrima.core.sim.SimulationConfig;

/**
 * A short walk in a session recorded with an RR strap alone: the heart's own step is the only sign of it, and it is
 * left out (file and live alike) rather than read as a build-up; with a strap whose accelerometer is recorded too, the
 * accelerometer finds the walk and the heart-rate step is not judged.
 */
class HeartAloneWalkTest {
    private static final String STEP = "heart-rate step as on standing up or walking";

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {100, 200, 300, 400, 500, 600})
    void aWalkOnAnRrStrapAloneIsLeftOutLiveAsInTheFileAndIsNoEpisode(long seed) {
        SimulatedSession session = walks(DevicePreset.RR_STRAP, seed);
        Recording recording = session.recording();
        List<Confounder> walks = session.truth().confounders().stream()
                .filter(c -> c.kind() == ConfounderKind.WALK).toList();
        assertThat(walks).isNotEmpty();

        SessionAnalysis file = new SessionAnalyzer().analyze(recording);
        LiveAnalyzer live = new LiveAnalyzer(recording.metadata(), AnalysisOptions.defaults());
        for (double t = 0; t < recording.durationSec(); t += 1) {
            live.accept(recording.slice(t, Math.min(recording.durationSec(), t + 1)));
        }
        SessionAnalysis streamed = live.finish();

        assertThat(steps(file)).as("the file reports the walks' steps").isNotEmpty();
        // the same stretches; live, a block that saw the heart's return with part of its last ten seconds may place it a
        // second off
        List<double[]> fileSteps = spans(steps(file));
        List<double[]> liveSteps = spans(steps(streamed));
        assertThat(liveSteps).hasSameSizeAs(fileSteps);
        for (int i = 0; i < fileSteps.size(); i++) {
            assertThat(liveSteps.get(i)[0]).isCloseTo(fileSteps.get(i)[0], within(1.0));
            assertThat(liveSteps.get(i)[1]).isCloseTo(fileSteps.get(i)[1], within(2.0));
        }
        for (SessionAnalysis a : List.of(file, streamed)) {
            // no episode peaks during a walk
            assertThat(a.episodes()).noneMatch(e -> walks.stream()
                    .anyMatch(w -> e.peakSec() >= w.startSec() && e.peakSec() <= w.endSec()));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {100, 200})
    void withTheStrapsAccelerometerTheHeartRateStepIsNotJudged(long seed) {
        SessionAnalysis a = new SessionAnalyzer().analyze(walks(DevicePreset.RR_STRAP_ACC, seed).recording());

        assertThat(steps(a)).isEmpty();
        assertThat(a.warnings()).anyMatch(w -> w.contains("walking or sustained movement"));
    }

    /** The first 30-minute session from {@code fromSeed} on with a walk in it. */
    private static SimulatedSession walks(DevicePreset device, long fromSeed) {
        return SessionsWith.firstWith(ConfounderKind.WALK, fromSeed, seed -> SimulationConfig.preset(device)
                .withSeed(seed).withDurationSec(30 * 60).withEpisodes(List.of())
                .withConfounders(EnumSet.of(ConfounderKind.WALK, ConfounderKind.SIGH)));
    }

    /** Start and end (seconds) of each warning's stretch, "... 1256.0-1489.0 s". */
    private static List<double[]> spans(List<String> warnings) {
        return warnings.stream().map(w -> {
            String[] span = w.substring(w.lastIndexOf(' ', w.length() - 3) + 1, w.length() - 2).split("-");
            return new double[] {Double.parseDouble(span[0]), Double.parseDouble(span[1])};
        }).toList();
    }

    private static List<String> steps(SessionAnalysis a) {
        return a.warnings().stream().filter(w -> w.contains(STEP)).toList();
    }
}
