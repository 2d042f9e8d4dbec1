package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SessionsWith;
import org.lacrima.core.sim.SimulationConfig;

/**
 * A live feed in chunks of any size finds the laughs the file analysis finds: the laughter detector reads the raw belt
 * of each block's window and the breaths of the detection that runs on from block to block, which are the file's.
 */
class LiveLaughterTest {
    @ParameterizedTest(name = "from seed {0}")
    @ValueSource(longs = {100, 200, 300}) // the first sessions from there with a laugh (about 3 an hour)
    void chunksGiveTheFileLaughter(long fromSeed) {
        Recording recording = SessionsWith.firstWith(ConfounderKind.LAUGHTER, fromSeed, seed -> SimulationConfig
                .preset(DevicePreset.CHEST).withSeed(seed).withDurationSec(40 * 60).withOutcomes(Outcome.RESOLVED)
                .withConfounders(EnumSet.of(ConfounderKind.LAUGHTER, ConfounderKind.TALKING))).recording();
        long seed = fromSeed;
        SessionAnalysis file = new SessionAnalyzer(AnalysisOptions.defaults()).analyze(recording);

        LiveAnalyzer live = new LiveAnalyzer(recording.metadata(), AnalysisOptions.defaults());
        Random rnd = new Random(seed);
        for (double t = 0; t < recording.durationSec(); ) {
            double u = rnd.nextDouble();
            double end = Math.min(recording.durationSec(), t + 0.1 + 20 * u * u);
            live.accept(recording.slice(t, end));
            t = end;
        }
        SessionAnalysis streamed = live.finish();

        assertThat(laughter(file)).isNotEmpty();
        assertThat(laughter(streamed)).isEqualTo(laughter(file));
    }

    private static List<String> laughter(SessionAnalysis analysis) {
        return analysis.warnings().stream().filter(w -> w.contains("laughter")).toList();
    }
}
