package org.lacrima.core.analysis;

import java.util.EnumSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * A live feed in one-second chunks, whose EDA decomposition and breath detection run on between blocks, gives the
 * file's SCL, breathing rate and irregularity at every grid point, the last block included (which the live stages
 * re-run over its window, as nothing follows it).
 */
class LiveIndicesTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {91, 92})
    void liveSclAndBreathingAreTheFileOnes(long seed) {
        Recording recording = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed)
                .withDurationSec(20 * 60 + 7).withOutcomes(Outcome.RESOLVED)
                .withChannels(EnumSet.of(ChannelType.EDA, ChannelType.RSP))).recording();
        SessionAnalysis file = new SessionAnalyzer().analyze(recording);
        LiveAnalyzer live = new LiveAnalyzer(recording.metadata(), AnalysisOptions.defaults());
        double duration = recording.durationSec();
        for (double t = 0; t < duration; t += 1) {
            live.accept(recording.slice(t, Math.min(duration, t + 1)));
        }
        SessionAnalysis streamed = live.finish();
        for (String index : new String[] {"scl", "breathingRate", "irregularity"}) {
            BlockValues.assertSameWithin(streamed.index(index).orElseThrow(), file.index(index).orElseThrow(), 0,
                    Math.floor(duration * 4) / 4);
        }
    }
}
