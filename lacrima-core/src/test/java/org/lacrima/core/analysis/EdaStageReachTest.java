package org.lacrima.core.analysis;

import java.util.EnumSet;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacrima.core.eda.EdaAnalyzer;
import org.lacrima.core.eda.EdaConfig;
import org.lacrima.core.eda.EdaResult;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * The live EDA stage reads a block with {@link EdaAnalyzer#lookBackSec()} before it instead of the 90 s it used
 * to: SCL, SCR rate and SCR amplitude of the block are the same either way (chest 32 Hz and wrist 4 Hz).
 */
class EdaStageReachTest {
    @ParameterizedTest(name = "seed {0}, {1} Hz")
    @CsvSource({"41, 32", "42, 32", "43, 32", "44, 4", "45, 4", "46, 4"})
    void aBlockWithItsLookBackGivesTheValuesOfTheFullContext(long seed, double rateHz) {
        Channel eda = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed).withDurationSec(20 * 60)
                        .withOutcomes(Outcome.RESOLVED).withChannels(EnumSet.of(ChannelType.EDA))
                        .withRateHz(ChannelType.EDA, rateHz)).recording()
                .firstChannel(ChannelType.EDA).orElseThrow();
        EdaAnalyzer analyzer = new EdaAnalyzer(rateHz < 8 ? EdaConfig.wrist() : EdaConfig.defaults());
        double lookBack = new EdaStage(AnalysisOptions.defaults()).lookBackSec();
        double lookAhead = new IndexExtractor(AnalysisOptions.defaults()).lookAheadSec();
        Random rnd = new Random(seed);

        for (int k = 0; k < 20; k++) {
            double from = Math.floor((100 + rnd.nextDouble() * (eda.endSec() - 160)) * 4) / 4;
            double to = from + 10;
            EdaResult narrow = analyzer.analyze(eda.slice(from - lookBack, to + lookAhead));
            EdaResult full = analyzer.analyze(eda.slice(from - LiveAnalyzer.CONTEXT_BEFORE_SEC, to + lookAhead));
            BlockValues.assertSameWithin(narrow.scl(), full.scl(), from, to);
            BlockValues.assertSameWithin(narrow.scrRate(), full.scrRate(), from, to);
            BlockValues.assertSameWithin(narrow.scrAmplitude(), full.scrAmplitude(), from, to);
        }
    }
}
