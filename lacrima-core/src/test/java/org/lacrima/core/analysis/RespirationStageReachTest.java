package org.lacrima.core.analysis;

import java.util.EnumSet;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.rsp.RespirationAnalyzer;
import org.lacrima.core.rsp.RspResult;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * The live respiration stage reads a block with its look-ahead on either side only: the breathing rate and
 * irregularity of a block computed from that much signal are those of the whole channel.
 */
class RespirationStageReachTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32, 33, 34, 35})
    void aBlockWithItsReachOnEitherSideGivesTheWholeChannelValues(long seed) {
        Channel rsp = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed).withDurationSec(20 * 60)
                        .withOutcomes(Outcome.RESOLVED).withChannels(EnumSet.of(ChannelType.RSP))).recording()
                .firstChannel(ChannelType.RSP).orElseThrow();
        RespirationAnalyzer analyzer = new RespirationAnalyzer();
        double reach = new RespirationStage().lookBackSec();
        RspResult whole = analyzer.analyze(rsp);
        Random rnd = new Random(seed);

        for (int k = 0; k < 20; k++) {
            double from = Math.floor((reach + rnd.nextDouble() * (rsp.endSec() - 3 * reach)) * 4) / 4;
            double to = from + 10;
            RspResult part = analyzer.analyze(rsp.slice(from - reach, to + reach));
            BlockValues.assertSameWithin(part.rate(), whole.rate(), from, to);
            BlockValues.assertSameWithin(part.irregularity(), whole.irregularity(), from, to);
        }
    }
}
