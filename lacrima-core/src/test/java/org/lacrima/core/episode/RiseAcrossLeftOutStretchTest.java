package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A walk left out of every index (on an RR strap alone: the heart's own step and its recovery) leaves S unseen for
 * minutes. Where S comes back, the heart is still on its way down from the walk (or the client talks): the level it
 * comes back at is no build-up seen from the calm level before the walk, and a rise is not followed across the
 * stretch when S rests on the heart alone. A build-up that rises after S came back is still an episode, and where skin
 * conductance carries S too the rise across the stretch is followed as before.
 */
class RiseAcrossLeftOutStretchTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    /**
     * Calm; in the seconds before standing up S dips to -1.5 z (as the traced session's did); S and P unseen from 600 to
     * 840 s (the walk and its recovery, left out); S back at {@code backAt} z where it is seen again (the heart still
     * coming back, a client talking), held for a minute and settling to rest within a few more, RSA withdrawn with it.
     */
    private static AxisTrace walkLeftOut(long seed, double backAt) {
        AxisTrace trace = new AxisTrace(1500);
        for (int k = 0; k < trace.s.length; k++) {
            double t = k / AxisTrace.RATE_HZ;
            if (t >= 570 && t < 600) {
                trace.s[k] = -1.5 * (t - 570) / 30;
                trace.p[k] = (t - 570) / 30;
            } else if (t >= 600 && t < 840) {
                trace.s[k] = Double.NaN;
                trace.p[k] = Double.NaN;
            } else if (t >= 840) {
                double level = backAt * (t < 900 ? 1 : Math.exp(-(t - 900) / 60));
                trace.s[k] = level;
                trace.p[k] = -0.5 * level;
            }
        }
        return trace.jitter(seed, 0.15);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theHeartStillRecoveringWhereSComesBackIsNoBuildUp(long seed) {
        AxisTrace trace = walkLeftOut(seed, 2.0);

        List<Episode> heartAlone = trace.episodes(List.of("HR"), true, trace.s);

        assertThat(heartAlone).as("a rise measured across the left-out walk").isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withSkinConductanceBehindSTheRiseAcrossAMaskedMovementIsFollowed(long seed) {
        AxisTrace trace = walkLeftOut(seed, 2.0);

        List<Episode> heartAlone = trace.episodes(List.of("HR"), true, trace.s);
        List<Episode> withEda = trace.episodes(List.of("EDA", "HR"), true, trace.s, trace.s);

        // skin conductance shows the level a stressor raised while the movement was masked (the rule is the heart's)
        assertThat(heartAlone).isEmpty();
        assertThat(withEda).isNotEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aBuildUpAfterTheStretchIsStillFound(long seed) {
        AxisTrace trace = walkLeftOut(seed, 0);
        // two minutes after S came back: a build-up to 3.5 z over a minute, a fast drop and a vagal rebound
        trace.rampS(960, 1020, 3.5).decayS(1030, 15, 0).rampP(960, 1020, -2.5).decayP(1035, 20, 1.5);

        List<Episode> found = trace.episodes(List.of("HR"), true, trace.s);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).onsetSec()).isBetween(950.0, 1010.0);
    }
}
