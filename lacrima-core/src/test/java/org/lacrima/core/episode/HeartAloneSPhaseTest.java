package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On the heart alone, a brief release whose vagal rebound stayed weak is kept when the heart stood out longer than a
 * reflex holds it, with vagal tone withdrawn ({@code DecisionChecks.heartAloneSPhase},
 * {@link HeartAloneBout#heldLongerThanAReflex}). The traced miss (`rr 37 min seed 3004`, seed set 0): a 24-s build-up
 * to S +8.7 z over its pre-onset level, 50 s above an entry rise, RSA withdrawn 4.5 z, P back 0.6 z over rest.
 */
class HeartAloneSPhaseTest {

    static LongStream seeds() {
        return LongStream.range(0, 10);
    }

    /** Calm; S climbs to {@code height} within 25 s, holds {@code holdSec}, falls fast; P withdrawn, back 0.6 z over rest. */
    private static AxisTrace briefBout(long seed, double height, double holdSec) {
        AxisTrace trace = new AxisTrace(1500);
        double top = 625 + holdSec;
        trace.rampS(600, 625, height).rampS(top - 1, top, height).decayS(top, 6, 0)
                .rampP(600, 625, -4.5).rampP(top, top + 20, 0.6).decayP(top + 90, 60, 0);
        return trace.jitter(seed, 0.1);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aHeartHeldUpLongerThanAReflexWithAWeakReboundIsAnEpisode(long seed) {
        AxisTrace trace = briefBout(seed, 8, 30);

        AxisTrace.assertOneRelease(trace.heartAloneEpisodes(), "a heart held up longer than a reflex");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aReflexLengthRiseWithAWeakReboundIsStillNoEpisode(long seed) {
        // the same heights held for 2 s: up and down within about 35 s, a reflex's time course
        AxisTrace trace = briefBout(seed, 8, 2);

        List<Episode> found = trace.heartAloneEpisodes();

        assertThat(found).isEmpty();
    }
}
