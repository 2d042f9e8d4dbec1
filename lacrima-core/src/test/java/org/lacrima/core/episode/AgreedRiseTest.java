package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A chest build-up that two channels agree on while the third does not move (issue 19, "S must not rest on one
 * channel"): skin conductance and heart rate each rise 2.1 z over their calm level, the breathing rate stays where it
 * was (stable in many criers, Sharman et al. 2020). S, the scorer's weighted mean (skin conductance 1.5, heart rate 1,
 * breathing 0.5), then rises only 1.75 z, short of the entry rise: without {@link AgreedRise} no candidate ever opens.
 * One channel alone, however far it rises, or two channels short of an entry rise each, stay no episode. At the wrist,
 * where skin conductance responds with a tenth of the palm's amplitude, heart rate and vagal withdrawal (RSA from the
 * pulse) are the two systems that agree; never with an RR strap alone, never without a channel behind S.
 */
class AgreedRiseTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    private static final List<String> CHEST = List.of("EDA", "HR", "RSP");

    /** A channel's trace (z): calm at 0, rising to {@code top} from 300 to 420 s, held to 440 s. */
    private static AxisTrace channel(double top, double dropTauSec) {
        return new AxisTrace(1200).rampS(300, 420, top).decayS(440, dropTauSec, 0);
    }

    /**
     * The episodes of a chest session whose channels rise to {@code eda}, {@code hr} and {@code rsp} z (released with
     * time constants of 15, 10 and 10 s); S built as the scorer builds it, P withdrawing to
     * -2.5 z during the build-up and rebounding to +1.5 z after the release; 0.05 z jitter on every trace.
     */
    private static List<Episode> chest(long seed, double eda, double hr, double rsp) {
        return chest(seed, eda, hr, rsp, -2.5);
    }

    /** {@link #chest(long, double, double, double)} with P withdrawing to {@code pTop} (0: unmoved, no rebound). */
    private static List<Episode> chest(long seed, double eda, double hr, double rsp, double pTop) {
        AxisTrace e = channel(eda, 15);
        AxisTrace h = channel(hr, 10);
        AxisTrace r = channel(rsp, 10);
        Random noise = new Random(seed);
        AxisTrace t = new AxisTrace(1200).rampP(300, 420, pTop);
        if (pTop != 0) {
            t.decayP(445, 20, 1.5);
        }
        for (int k = 0; k < t.s.length; k++) {
            e.s[k] += 0.05 * noise.nextGaussian();
            h.s[k] += 0.05 * noise.nextGaussian();
            r.s[k] += 0.05 * noise.nextGaussian();
            t.s[k] = (1.5 * e.s[k] + h.s[k] + 0.5 * r.s[k]) / 3;
            t.p[k] += 0.05 * noise.nextGaussian();
        }
        return t.episodes(CHEST, true, e.s, h.s, r.s);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void twoChannelsAgreeOnABuildUpThatTheStillBreathingRateDilutes(long seed) {
        List<Episode> found = chest(seed, 2.1, 2.1, 0);

        assertThat(found).hasSize(1);
        Episode e = found.get(0);
        assertThat(e.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(e.peakSec()).isBetween(400.0, 445.0);
        assertThat(e.metrics().peakS()).as("S itself stayed under an entry rise").isLessThan(2);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void oneChannelAloneOpensNothing(long seed) {
        // skin conductance alone rises 3 z (an SCR burst, a talking stretch's responses), vagal tone unmoved: S 1.6 z
        assertThat(chest(seed, 3, 0.3, 0, 0)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void twoChannelsShortOfAnEntryRiseEachOpenNothing(long seed) {
        assertThat(chest(seed, 1.8, 1.8, 0)).isEmpty();
    }

    /**
     * A wrist bout (skin conductance and pulse, RSA from the pulse): heart rate rises {@code hr} z, skin conductance
     * 0.5 z (a tenth of the palm's response), vagal tone withdraws to {@code pTop} from 300 to 420 s; released from
     * 440 s with a rebound to +1.5 z. S (skin conductance 1.5, heart rate 1) stands 1.7 z at the top for a 3.5-z heart.
     */
    private static List<Episode> wrist(long seed, double hr, double pTop, boolean pIndependent) {
        AxisTrace eda = channel(0.5, 40);
        AxisTrace heart = channel(hr, 10);
        AxisTrace t = new AxisTrace(1200).rampP(300, 420, pTop).decayP(445, 20, 1.5);
        return t.wristEpisodes(eda, heart, seed, pIndependent);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void heartRateAndVagalWithdrawalAgreeWhereWristSkinConductanceBarelyMoves(long seed) {
        List<Episode> found = wrist(seed, 3.5, -2.5, true);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(found.get(0).metrics().peakS()).as("S itself stayed under an entry rise").isLessThan(2);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void vagalToneIsNoSecondWitnessOnAnRrStrapNorWithoutAChannelBehindS(long seed) {
        // an RR strap: P is the inverted heart rate, no system of its own
        assertThat(wrist(seed, 3.5, -2.5, false)).isEmpty();
        // vagal tone withdraws, heart rate rises 1.5 z only: no channel behind S stands an entry rise
        assertThat(wrist(seed, 1.5, -2.5, true)).isEmpty();
    }
}
