package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With {@link SimulationConfig#deepBreathRsa()} the heart swings over a sigh by the sigh's volume (Hirsch &amp; Bishop
 * 1981: RSA grows about linearly with tidal volume); without it, by the latent vagal tone's swing whatever the breath.
 * The same seed draws the same breaths and beats' timing otherwise.
 */
class DeepBreathRsaSimulationTest {
    /** The largest beat-to-beat change of the RR interval over each sigh, seconds, summed over the session's sighs. */
    private static double swingOverSighs(long seed, boolean deepBreathRsa) {
        SimulationConfig cfg = SimulationConfig.preset(DevicePreset.RR_STRAP).withSeed(seed).withDurationSec(30 * 60)
                .withVariety(EpisodeVariety.WIDE).withConfounders(EnumSet.of(ConfounderKind.SIGH))
                .withEpisodes(List.of()).withDeepBreathRsa(deepBreathRsa);
        GroundTruth truth = SessionSimulator.simulate(cfg).truth();
        double[] beats = truth.beatTimesSec().toArray();
        double sum = 0;
        for (Confounder sigh : truth.confounders()) {
            double widest = 0;
            for (int i = 2; i < beats.length; i++) {
                if (beats[i] >= sigh.startSec() && beats[i] < sigh.endSec()) {
                    widest = Math.max(widest, Math.abs((beats[i] - beats[i - 1]) - (beats[i - 1] - beats[i - 2])));
                }
            }
            sum += widest;
        }
        return sum;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aSighSwingsTheHeartMoreWhenRsaFollowsTheBreathsVolume(long seed) {
        double latentOnly = swingOverSighs(seed, false);
        assertThat(latentOnly).as("the session has sighs").isPositive();
        assertThat(swingOverSighs(seed, true)).isGreaterThan(1.5 * latentOnly);
    }
}
