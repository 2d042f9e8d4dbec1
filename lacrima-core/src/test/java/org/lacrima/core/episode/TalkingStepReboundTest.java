package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where no belt sees the speech (the heart alone, a wrist), a step held as a plateau is talking's time course
 * ({@link TalkingStep}) unless vagal tone then rebounds over its resting level, and over the baseline where the minute
 * before the onset still carried a withdrawal: the end of a talk brings vagal tone back to where it was, a release of
 * crying lifts it above (Rottenberg et al. 2003). The traced miss (`rr 52 min seed 3005`, seed set 0): a 27-s sigmoid
 * build-up to S +6 z over its pre-onset level, held near its top for about a minute, RSA withdrawn 4.6 z and back
 * 1.8 z over rest from about 100 s after the peak (a delayed rebound).
 */
class TalkingStepReboundTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    /**
     * S creeps up for 10 s, then steps to 6 z within 10 s (a sigmoid's steep middle) and holds 5 z for a minute before
     * it falls; P withdrawn, then back to {@code pAfter}.
     */
    private static AxisTrace stepAndPlateau(long seed, double pAfter) {
        AxisTrace trace = new AxisTrace(1500);
        trace.rampS(600, 610, 1).rampS(610, 620, 6).rampS(620, 680, 5).decayS(680, 25, 0)
                .rampP(600, 615, -4.5).rampP(700, 740, pAfter).decayP(860, 120, 0);
        return trace.jitter(seed, 0.1);
    }

    /**
     * A talk's turn of two minutes: the heart steps to 6 z within 10 s and holds 5 z until the turn ends; vagal tone
     * withdrawn by the speech breath and back where it was after it.
     */
    private static AxisTrace turn(long seed) {
        AxisTrace trace = new AxisTrace(1500);
        trace.rampS(600, 610, 1).rampS(610, 620, 6).rampS(620, 720, 5).decayS(720, 15, 0)
                .rampP(600, 615, -4.5).rampP(720, 760, 0);
        return trace.jitter(seed, 0.1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aStepAndPlateauFollowedByAHeldVagalReboundIsARelease(long seed) {
        AxisTrace trace = stepAndPlateau(seed, 1.8);

        AxisTrace.assertOneRelease(trace.heartAloneEpisodes(), "a step with a held vagal rebound");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameStepWhoseVagalToneOnlyComesBackIsTalking(long seed) {
        AxisTrace trace = stepAndPlateau(seed, 0);

        List<Episode> found = trace.heartAloneEpisodes();

        assertThat(found).isEmpty();
    }

    /**
     * A turn taken right after another: the earlier turn's speech breath still holds vagal tone withdrawn (the heart
     * already back) through the minute before this turn's onset, as in a conversation (the traced false episode,
     * `rr episode-free hour seed 403802` with the conversation, 1800-2029 s: P at -1 to -5 z before the onset, back to
     * +0.5 z after the turn, "a vagal rebound of P +3.5"). The step and plateau, then vagal tone coming back to
     * {@code pAfter} over the baseline.
     */
    private static AxisTrace turnAfterATurn(long seed, double pAfter) {
        AxisTrace trace = new AxisTrace(1500);
        trace.rampP(470, 485, -3)
                .rampS(600, 610, 1).rampS(610, 620, 6).rampS(620, 700, 5).decayS(700, 15, 0)
                .rampP(600, 615, -4.5).rampP(700, 740, pAfter).decayP(900, 120, 0);
        return trace.jitter(seed, 0.1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aTurnRightAfterAnotherWhoseVagalToneComesBackOnlyToTheBaselineIsTalking(long seed) {
        List<Episode> found = turnAfterATurn(seed, 0).heartAloneEpisodes();

        assertThat(found).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameTurnWhoseVagalToneThenStandsOverTheBaselineIsARelease(long seed) {
        AxisTrace.assertOneRelease(turnAfterATurn(seed, 1.8).heartAloneEpisodes(),
                "a step after a withdrawal, with a vagal rebound over the baseline");
    }

    /**
     * On a wrist the heart carries a talk's step as on the strap, and the skin's answer is tenths of a microsiemens
     * and a few SCRs that a talk brings as well: no belt sees the speech, and the same time course is talking.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void onAWristAStepHeldThroughATurnIsTalkingToo(long seed) {
        AxisTrace hr = turn(seed);
        AxisTrace eda = new AxisTrace(1500).rampS(600, 640, 0.8).decayS(720, 60, 0);

        List<Episode> found = turn(seed).wristEpisodes(eda, hr, seed, true);

        assertThat(found).isEmpty();
    }

    /** With a respiration belt behind S the time course is not judged alone: the belt sees whether it was speech. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withABeltTheStepIsLeftToWhatTheBeltSaw(long seed) {
        AxisTrace trace = turn(seed);

        List<Episode> found = trace.episodes(List.of("EDA", "HR", "RSP"), true, trace.s, trace.s, trace.s);

        assertThat(found).hasSize(1);
    }
}
