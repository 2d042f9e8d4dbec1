package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
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

        SessionAnalysis streamed = RandomChunks.streamed(recording, AnalysisOptions.defaults(), seed);

        assertThat(laughter(file)).isNotEmpty();
        assertThat(laughter(streamed)).isEqualTo(laughter(file));
    }

    private static List<String> laughter(SessionAnalysis analysis) {
        return analysis.warnings().stream().filter(w -> w.contains("laughter")).toList();
    }
}
