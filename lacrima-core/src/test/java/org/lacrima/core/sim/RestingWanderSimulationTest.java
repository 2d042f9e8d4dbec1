package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;

/**
 * The resting state's wander ({@link SimulationConfig#restingWander()}): over an episode-free hour the heart's 5-minute
 * means move by bpm rather than a fraction of one, and the skin conductance level's by more than its calm drift; the
 * episodes and every other draw stay as they were.
 */
class RestingWanderSimulationTest {
    private static final double BLOCK_SEC = 300;

    private static SimulationConfig session(long seed, List<String> episodes) {
        return SimulationConfig.preset(DevicePreset.CHEST).withSeed(seed).withDurationSec(60 * 60)
                .withVariety(EpisodeVariety.WIDE).withEpisodes(EpisodeSpec.parseList(episodes));
    }

    /** Spread (SD) of the 5-minute means of {@code values}, sampled at {@code rateHz}, skipping the first block. */
    private static double blockMeanSpread(double[] values, double rateHz) {
        int block = (int) (BLOCK_SEC * rateHz);
        int blocks = values.length / block;
        double[] means = new double[blocks - 1];
        for (int b = 1; b < blocks; b++) {
            double sum = 0;
            for (int i = b * block; i < (b + 1) * block; i++) {
                sum += values[i];
            }
            means[b - 1] = sum / block;
        }
        double mean = Arrays.stream(means).average().orElseThrow();
        return Math.sqrt(Arrays.stream(means).map(m -> (m - mean) * (m - mean)).sum() / (means.length - 1));
    }

    /** Heart rate (bpm) on a 1-Hz grid from the session's true beats. */
    private static double[] heartRate(SimulatedSession s, double durationSec) {
        double[] beats = s.truth().beatTimesSec().toArray();
        double[] out = new double[(int) durationSec];
        int k = 1;
        for (int i = 0; i < out.length; i++) {
            while (k < beats.length - 1 && beats[k] < i) {
                k++;
            }
            out[i] = 60 / (beats[k] - beats[k - 1]);
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theRestingHeartAndSkinWanderOverMinutes(long seed) {
        SimulatedSession without = SessionSimulator.simulate(session(seed, List.of()));
        SimulatedSession with = SessionSimulator.simulate(session(seed, List.of()).withRestingWander(true));

        double[] hrWithout = heartRate(without, 3600);
        double[] hrWith = heartRate(with, 3600);
        double[] hrChange = new double[hrWith.length];
        for (int i = 0; i < hrChange.length; i++) {
            hrChange[i] = hrWith[i] - hrWithout[i];
        }
        // a spread of 1.5-4 bpm with a 5-minute time constant: the 5-minute means of the change move by about a bpm or
        // more (never above the widest spread), where the calm drift alone moves them by a fraction of one
        assertThat(blockMeanSpread(hrChange, 1)).isBetween(0.4, 4.0);
        assertThat(blockMeanSpread(hrWithout, 1)).isLessThan(1.5);
        Channel edaWithout = without.recording().channels(ChannelType.EDA).get(0);
        Channel edaWith = with.recording().channels(ChannelType.EDA).get(0);
        double[] sclChange = edaWith.values().toArray();
        double[] sclWithout = edaWithout.values().toArray();
        double level = Arrays.stream(sclWithout).average().orElseThrow();
        for (int i = 0; i < sclChange.length; i++) {
            sclChange[i] -= sclWithout[i];
        }
        // 5-15 % of the resting level with a 10-minute time constant
        assertThat(blockMeanSpread(sclChange, edaWith.rateHz())).isBetween(0.01 * level, 0.3 * level);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void theEpisodesAndConfoundersStayWhereTheyWere(long seed) {
        SimulationConfig config = session(seed, List.of("resolved", "spell:3")).withDurationSec(45 * 60);
        SimulatedSession without = SessionSimulator.simulate(config);
        SimulatedSession with = SessionSimulator.simulate(config.withRestingWander(true));
        assertThat(with.truth().episodes()).isEqualTo(without.truth().episodes());
        assertThat(with.truth().confounders()).isEqualTo(without.truth().confounders());
        assertThat(with.truth().beatTimesSec()).isNotEqualTo(without.truth().beatTimesSec());
    }
}
