package org.lacrima.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;

/**
 * With {@link SimulationConfig#responseFractionation()} an episode whose heart (or skin) share was drawn weak raises
 * heart rate (or skin conductance) less than the same episode without it; the latent course, vagal tone and the
 * episodes whose systems carry the whole rise stay as they were.
 */
class ResponseFractionationTest {
    private static SimulatedSession session(long seed, boolean fractionation) {
        return SessionSimulator.simulate(SimulationConfig.preset(DevicePreset.CHEST_NO_ACC).withSeed(seed)
                .withDurationSec(40 * 60).withVariety(EpisodeVariety.WIDE).withResponseFractionation(fractionation));
    }

    private static double heartRise(SimulatedSession s, TrueEpisode e) {
        return WindowMeasures.heartRateBpm(s.truth().beatTimesSec(), e.peakSec() - 15, e.peakSec())
                - WindowMeasures.heartRateBpm(s.truth().beatTimesSec(), e.onsetSec() - 60, e.onsetSec());
    }

    private static double skinRise(SimulatedSession s, TrueEpisode e) {
        Channel eda = s.recording().channels(ChannelType.EDA).get(0);
        return WindowMeasures.mean(eda, e.peakSec() - 10, e.peakSec() + 10) - WindowMeasures.mean(eda, e.onsetSec() - 30, e.onsetSec());
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
    void aWeakShareRaisesItsSystemLessAndLeavesTheRestAsItWas(long seed) {
        SimulatedSession whole = session(seed, false);
        SimulatedSession fractionated = session(seed, true);
        assertThat(fractionated.truth().episodes()).isEqualTo(whole.truth().episodes());
        assertThat(fractionated.truth().vagalTone().values().toArray())
                .containsExactly(whole.truth().vagalTone().values().toArray());
        assertThat(whole.truth().responses()).containsOnly(ResponseFractionation.WHOLE);
        for (int k = 0; k < whole.truth().episodes().size(); k++) {
            TrueEpisode e = whole.truth().episodes().get(k);
            ResponseFractionation shares = fractionated.truth().responses().get(k);
            double heartBefore = heartRise(whole, e);
            double heartAfter = heartRise(fractionated, e);
            if (shares.heartShare() < 1) {
                assertThat(heartAfter).as("episode %d heart rise", k).isLessThan(heartBefore - 0.5);
            } else {
                assertThat(heartAfter).as("episode %d heart rise", k).isCloseTo(heartBefore, Offset.offset(1.0));
            }
            double skinBefore = skinRise(whole, e);
            double skinAfter = skinRise(fractionated, e);
            if (shares.skinShare() < 1) {
                assertThat(skinAfter).as("episode %d skin rise", k).isLessThan(0.8 * skinBefore);
            }
        }
    }

    @Test
    void aboutAQuarterOfEpisodesEachHaveAWeakHeartOrAWeakSkin() {
        List<ResponseFractionation> drawn = new ArrayList<>();
        for (long seed = 21; seed <= 60; seed++) {
            drawn.addAll(SessionScript.write(SimulationConfig.defaults().withSeed(seed).withVariety(EpisodeVariety.WIDE)
                    .withResponseFractionation(true)).responses());
        }
        double weakHeart = drawn.stream().filter(r -> r.heartShare() < 1).count() / (double) drawn.size();
        double weakSkin = drawn.stream().filter(r -> r.skinShare() < 1).count() / (double) drawn.size();
        assertThat(drawn).hasSizeGreaterThanOrEqualTo(120);
        assertThat(weakHeart).isBetween(0.15, 0.35);
        assertThat(weakSkin).isBetween(0.15, 0.35);
        assertThat(drawn).allSatisfy(r -> {
            assertThat(r.heartShare() == 1 || r.heartShare() >= ResponseFractionation.MIN_HEART
                    && r.heartShare() < ResponseFractionation.MAX_HEART).as("heart share %s", r.heartShare()).isTrue();
            assertThat(r.skinShare() == 1 || r.skinShare() >= ResponseFractionation.MIN_SKIN
                    && r.skinShare() < ResponseFractionation.MAX_SKIN).as("skin share %s", r.skinShare()).isTrue();
        });
    }
}
