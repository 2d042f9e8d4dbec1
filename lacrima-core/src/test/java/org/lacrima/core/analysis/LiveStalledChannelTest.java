package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/**
 * A live channel that falls silent (a sensor lost, its stream stopped) does not stop the live view: the blocks go on
 * without it, and the channels still streaming keep their indices.
 */
class LiveStalledChannelTest {
    private static final double DURATION_SEC = 900;
    private static final double STOPS_AT_SEC = 300;

    @ParameterizedTest(name = "{0} stops at 300 s (seed {1})")
    @CsvSource({"EDA, 3", "EDA, 11", "RSP, 5", "ECG, 7"})
    void theViewGoesOnPastAChannelThatStopped(ChannelType stopped, long seed) {
        Recording full = SessionSimulator.simulate(SimulationConfig.defaults().withSeed(seed)
                .withDurationSec(DURATION_SEC).withOutcomes()
                .withChannels(Set.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP))).recording();
        List<Channel> channels = new ArrayList<>();
        for (Channel c : full.channels()) {
            channels.add(c.type() == stopped ? c.slice(0, STOPS_AT_SEC) : c);
        }
        Recording recording = new Recording(full.metadata(), channels, full.events());

        LiveAnalyzer live = new LiveAnalyzer(recording.metadata(), AnalysisOptions.defaults());
        for (double t = 0; t < DURATION_SEC; t++) {
            live.accept(recording.slice(t, Math.min(DURATION_SEC, t + 1)));
        }
        SessionAnalysis soFar = live.snapshot();

        // the view trails the feed by its look-ahead and a block, not by everything since the channel stopped
        double lag = live.lookAheadSec() + 2 * LiveAnalyzer.MIN_BLOCK_SEC + LiveAnalyzer.STALLED_CHANNEL_SEC;
        Index still = stopped == ChannelType.EDA ? Index.HR : Index.SCL;
        RegularSeries index = soFar.index(still).orElseThrow();
        assertThat(lastFinite(index)).as("%s analysed to", still).isGreaterThan(DURATION_SEC - lag);
    }

    private static double lastFinite(RegularSeries series) {
        for (int i = series.length() - 1; i >= 0; i--) {
            if (Double.isFinite(series.values().get(i))) {
                return series.timeOfSec(i);
            }
        }
        return Double.NaN;
    }
}
