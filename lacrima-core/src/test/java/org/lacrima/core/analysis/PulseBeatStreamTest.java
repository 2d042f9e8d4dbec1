package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Random;
import java.util.stream.DoubleStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.ppg.PulsePeakDetector;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/** The live PPG stage fed in chunks of any size finds exactly the pulse peaks of the whole-signal detection. */
class PulseBeatStreamTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void chunksOfAnySizeGiveThePeaksOfTheWholeSignal(long seed) {
        Channel ppg = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed).withDurationSec(8 * 60)
                        .withOutcomes().withChannels(EnumSet.of(ChannelType.PPG))).recording()
                .firstChannel(ChannelType.PPG).orElseThrow();
        double[] whole = PulsePeakDetector.detect(ppg).timesSec().toArray();

        PulseBeatStream stream = new PulseBeatStream(1e9);
        Random rnd = new Random(seed);
        for (double t = ppg.startOffsetSec(); t < ppg.endSec(); ) {
            double end = Math.min(ppg.endSec(), t + 0.2 + rnd.nextDouble() * (rnd.nextBoolean() ? 2 : 40));
            // as the live stage asks: from where it stopped, or an earlier window start
            stream.advance(ppg.slice(Math.max(ppg.startOffsetSec(), Math.min(t, stream.fedUntilSec()) - rnd.nextInt(3)), end));
            t = end;
        }
        double[] streamed = stream.peaksFrom(Double.NEGATIVE_INFINITY).toArray();

        assertThat(streamed).isNotEmpty();
        double certain = ppg.endSec() - 2;
        assertThat(DoubleStream.of(streamed).filter(t -> t < certain).toArray())
                .containsExactly(DoubleStream.of(whole).filter(t -> t < certain).toArray());
    }
}
