package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Event;

/**
 * {@link HeartAloneBout}: on the heart alone, a rise held for minutes that ends in a fast drop without settling or a
 * vagal rebound (the classifier's "subsided" with a fast drop) is the heart's own transient ending, as when a client
 * stops talking, and no episode. The traced case (`rr episode-free hour, seed 603806`, seed set 6): heart rate up
 * 2-2.7 z while the client talked for two minutes, RSA down about 1 z with the speech breath, 77 % of the excess gone
 * within a minute as the talking ended, S still a third up, P not above its resting level.
 */
class HeartAloneFastDropTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    /**
     * Calm; from 590 s S rises to 2.8 z within 20 s (a 10-s step seen through the indices' smoothing) and holds for
     * 100 s (talking), RSA down 0.8 z with it; at 710 s S falls to 1.2 z within half a minute (the talking stopped:
     * about 55 % of the excess gone within the minute) and lingers, short of settling, then drifts back to rest from
     * 900 s; P comes back half-way to its resting level, no rebound.
     */
    private static AxisTrace talkingStretch(long seed) {
        AxisTrace trace = new AxisTrace(1500);
        trace.rampS(590, 610, 2.8).decayS(710, 10, 1.2).decayS(900, 150, 0)
                .rampP(590, 630, -0.8).decayP(710, 30, -0.4);
        return trace.jitter(seed, 0.1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void onTheHeartAloneAFastDropWithoutReleaseIsNoEpisode(long seed) {
        AxisTrace trace = talkingStretch(seed);

        List<Episode> heartAlone = trace.episodes(List.of("HR"), true, trace.s);

        assertThat(heartAlone).as("a held heart-rate rise that fell fast without settling or rebound").isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withASecondChannelBehindSTheSameRiseIsStillJudgedAsBefore(long seed) {
        AxisTrace trace = talkingStretch(seed);

        // skin conductance rising with heart rate is a second witness of the build-up: the rule is the heart's alone
        // (and the talk's time course, TalkingStep, is not judged at a wrist whose skin rose with the heart)
        List<Episode> withEda = trace.episodes(List.of("EDA", "HR"), true, trace.s, trace.s);

        assertThat(withEda).hasSize(1);
        assertThat(withEda.get(0).outcome()).isEqualTo(Outcome.SUBSIDED);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anInterventionInTheBuildUpKeepsTheBuildUpCutShort(long seed) {
        AxisTrace trace = talkingStretch(seed);

        // calming marked during the rise: the fast fall is the intervention's, a build-up cut short (interrupted)
        List<Episode> found = trace.episodes(List.of(new Event(600, 0, "intervention")), List.of("HR"), true, trace.s);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).outcome()).isEqualTo(Outcome.SUBSIDED);
        assertThat(found.get(0).interrupted()).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aBuildUpThatEasesOffSlowlyIsStillAnEpisode(long seed) {
        // the same rise, but easing off over minutes (half the excess gone after about two): a build-up cut short
        AxisTrace trace = new AxisTrace(1500);
        trace.rampS(550, 610, 2.8).decayS(710, 180, 0).rampP(550, 630, -0.8).decayP(710, 240, -0.4);
        trace.jitter(seed, 0.1);

        List<Episode> found = trace.episodes(List.of("HR"), true, trace.s);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).outcome()).isEqualTo(Outcome.SUBSIDED);
    }
}
