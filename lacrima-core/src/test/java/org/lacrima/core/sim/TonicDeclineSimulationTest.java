package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacrima.core.grid.GridStatistics;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;

/**
 * With {@link SimulationConfig#tonicDecline()} the tonic skin conductance level starts above the level the session
 * comes down to (1.2-4 times it) and falls towards it within minutes, at every site; the SCRs, the heart and every
 * other channel stay what they were.
 */
class TonicDeclineSimulationTest {
    private static SimulatedSession session(DevicePreset device, long seed, boolean decline) {
        return SessionSimulator.simulate(SimulationConfig.preset(device).withSeed(seed).withDurationSec(60 * 60)
                .withEpisodes(List.of()).withConfounders(Set.of()).withTonicDecline(decline));
    }

    /** Median of the EDA channel over {@code [fromSec, toSec)}. */
    private static double medianEda(SimulatedSession s, double fromSec, double toSec) {
        Channel eda = s.recording().channels(ChannelType.EDA).get(0);
        int from = (int) Math.round(fromSec * eda.rateHz());
        int to = (int) Math.round(toSec * eda.rateHz());
        return GridStatistics.median(eda.values().toArray(), from, to);
    }

    @ParameterizedTest
    @CsvSource({"CHEST, 41", "CHEST, 42", "WRIST, 43", "WRIST, 44", "CHEST_NO_ACC, 45", "WRIST, 46"})
    void theSkinsLevelComesDownAsTheClientSettlesAndNothingElseChanges(DevicePreset device, long seed) {
        SimulatedSession settled = session(device, seed, false);
        SimulatedSession settling = session(device, seed, true);

        double startRatio = medianEda(settling, 0, 60) / medianEda(settled, 0, 60);
        assertThat(startRatio).as("first minute against the same session without the decline")
                .isBetween(1 + 0.8 * TonicDecline.MIN_EXCESS, 1 + 1.2 * TonicDecline.MAX_EXCESS);
        // after five of the longest time constants the excess is below 1 % of the resting level
        double lateRatio = medianEda(settling, 55 * 60, 60 * 60) / medianEda(settled, 55 * 60, 60 * 60);
        assertThat(lateRatio).as("last five minutes").isBetween(0.99, 1.02);
        double midRatio = medianEda(settling, 10 * 60, 11 * 60) / medianEda(settled, 10 * 60, 11 * 60);
        assertThat(midRatio).as("the decline is under way by minute ten").isLessThan(startRatio).isGreaterThan(1);

        assertThat(settling.truth().scrs()).isEqualTo(settled.truth().scrs());
        assertThat(settling.truth().beatTimesSec().toArray()).isEqualTo(settled.truth().beatTimesSec().toArray());
        List<Channel> channels = settled.recording().channels();
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).type() != ChannelType.EDA) {
                assertThat(settling.recording().channels().get(i).values()).as(channels.get(i).label())
                        .isEqualTo(channels.get(i).values());
            }
        }
    }
}
