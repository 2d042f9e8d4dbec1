package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;

/**
 * With {@link SimulationConfig#seatedFidgeting()} a wrist's accelerometer moves in as many seconds as real seated wrists
 * do (3-27 % measured), against a few percent without it; the heart, the skin's own responses and the breathing stay
 * what they were, and a chest preset's trunk does not fidget.
 */
class SeatedFidgetingSimulationTest {
    private static SimulatedSession session(DevicePreset device, long seed, boolean fidgeting) {
        return SessionSimulator.simulate(SimulationConfig.preset(device).withSeed(seed).withDurationSec(20 * 60)
                .withEpisodes(List.of()).withConfounders(Set.of()).withSeatedFidgeting(fidgeting));
    }

    /** Share of the 1-s windows whose acceleration vector varies by more than 0.04 g (standard deviation). */
    private static double movingShare(SimulatedSession session) {
        List<Channel> axes = session.recording().channels(ChannelType.ACC);
        int perWindow = (int) Math.round(axes.get(0).rateHz());
        int windows = axes.get(0).length() / perWindow;
        int moving = 0;
        for (int w = 0; w < windows; w++) {
            double variance = 0;
            for (Channel axis : axes) {
                double sum = 0;
                double sumSq = 0;
                for (int i = w * perWindow; i < (w + 1) * perWindow; i++) {
                    double v = axis.values().get(i);
                    sum += v;
                    sumSq += v * v;
                }
                variance += sumSq / perWindow - (sum / perWindow) * (sum / perWindow);
            }
            moving += Math.sqrt(variance) > 0.04 ? 1 : 0;
        }
        return (double) moving / windows;
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35, 36})
    void aSeatedWristMovesAsRealOnesDoAndNothingElseMoves(long seed) {
        SimulatedSession still = session(DevicePreset.WRIST, seed, false);
        SimulatedSession fidgeting = session(DevicePreset.WRIST, seed, true);

        assertThat(movingShare(still)).isLessThan(0.05);
        assertThat(movingShare(fidgeting)).isBetween(0.02, 0.35).isGreaterThan(movingShare(still));
        assertThat(fidgeting.truth().motionArtefacts().size()).isGreaterThan(still.truth().motionArtefacts().size());
        assertThat(fidgeting.truth().beatTimesSec().toArray()).isEqualTo(still.truth().beatTimesSec().toArray());
        assertThat(fidgeting.truth().scrs()).isEqualTo(still.truth().scrs());

        SimulatedSession chest = session(DevicePreset.CHEST, seed, true);
        assertThat(chest.recording().channels(ChannelType.ACC).get(0).values())
                .isEqualTo(session(DevicePreset.CHEST, seed, false).recording().channels(ChannelType.ACC).get(0).values());
    }
}
