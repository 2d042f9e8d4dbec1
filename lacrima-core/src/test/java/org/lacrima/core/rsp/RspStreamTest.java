package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacrima.core.analysis.BlockValues;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * The live breath detection fed in chunks of seeded random sizes finds the whole channel's breaths: every block (its
 * span, with the analyzer's look-ahead before and after it) has the breathing rate, depth and irregularity of the
 * whole-channel analysis and the breaths with onsets in it, at 50 Hz and 25 Hz.
 */
class RspStreamTest {
    private static final double BLOCK_SEC = 10;

    @ParameterizedTest(name = "seed {0}, {1} Hz")
    @CsvSource({"81, 50", "82, 50", "83, 25", "84, 100"})
    void blocksFromTheStreamHaveTheValuesOfTheWholeChannel(long seed, double rateHz) {
        Channel rsp = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed).withDurationSec(25 * 60)
                        .withOutcomes(Outcome.RESOLVED, Outcome.SUSTAINED).withChannels(EnumSet.of(ChannelType.RSP))
                        .withRateHz(ChannelType.RSP, rateHz)).recording()
                .firstChannel(ChannelType.RSP).orElseThrow();
        RespirationAnalyzer analyzer = new RespirationAnalyzer();
        RspResult whole = analyzer.analyze(rsp);
        RspStream stream = new RspStream(RspConfig.defaults());
        double reach = analyzer.lookAheadSec();
        Random rnd = new Random(seed);
        double fed = 0;
        int compared = 0;
        for (double from = 0; from + BLOCK_SEC + reach < rsp.endSec(); from += BLOCK_SEC) {
            double to = from + BLOCK_SEC;
            // chunks of 0.1 to 15 s up to the block's look-ahead
            while (fed < to + reach) {
                double next = Math.min(to + reach, fed + 0.1 + 15 * rnd.nextDouble());
                stream.feed(rsp.slice(Math.max(0, stream.fedUntilSec() - 1), next), next);
                fed = next;
            }
            RspResult block = stream.analyze(rsp.slice(from - reach, fed), from, to);
            BlockValues.assertSameWithin(block.rate(), whole.rate(), from, to);
            BlockValues.assertSameWithin(block.depth(), whole.depth(), from, to);
            BlockValues.assertSameWithin(block.irregularity(), whole.irregularity(), from, to);
            assertThat(onsetsIn(block.breaths(), from, to)).containsExactly(onsetsIn(whole.breaths(), from, to));
            compared++;
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(whole.breaths()).hasSizeGreaterThan(200);
    }

    private static double[] onsetsIn(List<Breath> breaths, double from, double to) {
        return breaths.stream().mapToDouble(b -> Math.round(b.onsetSec() * 1e6) / 1e6)
                .filter(t -> t >= from && t < to).toArray();
    }
}
