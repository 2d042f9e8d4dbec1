package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.Dropout;
import org.lacrima.core.sim.SessionSimulator;
import org.lacrima.core.sim.SimulationConfig;

/** The per-channel usable fraction reflects the quality mask, not merely the absence of NaN. */
class ChannelQualitySummaryTest {

    @ParameterizedTest(name = "{0} dropped for {2} s of 600 (seed {1})")
    @CsvSource({"EDA, 3, 120", "ECG, 5, 60", "RSP, 8, 200"})
    void aDroppedStretchLowersOnlyItsChannelsGoodFraction(ChannelType dropped, long seed, double seconds) {
        double from = 200;
        SimulationConfig config = SimulationConfig.defaults().withSeed(seed).withDurationSec(600).withOutcomes()
                .withChannels(Set.of(ChannelType.ECG, ChannelType.EDA, ChannelType.RSP))
                .withDropout(new Dropout(dropped, from, from + seconds));

        SessionAnalysis analysis = new SessionAnalyzer().analyze(SessionSimulator.simulate(config).recording());

        for (ChannelSummary c : analysis.channels()) {
            if (c.type() == dropped) {
                // the flat stretch is bad; the detector may trim a few seconds at its edges
                assertThat(c.goodFraction()).isCloseTo(1 - seconds / 600, within(0.05));
            } else {
                assertThat(c.goodFraction()).as(c.label()).isGreaterThan(0.97);
            }
        }
    }
}
