package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A held vagal rebound counts as the rebound of a brief bout's S-P sequence only when it stands out from P's own wander
 * in the session ({@code DecisionChecks.REBOUND_OVER_WANDER}, {@link VagalWander}): on the heart alone, where the
 * rebound is the bout's only second witness, a rebound of 1.5 z is one where P was steady before, and no more than P's
 * breathing-driven wander where P wandered 0.7 z in the quiet minutes before; a rebound of 3.5 z stands out of either.
 */
class ReboundOverWanderTest {

    static LongStream seeds() {
        return LongStream.range(0, 8);
    }

    /**
     * Nine quiet minutes in which P wanders with {@code wanderSd} (a seeded AR(1) process with a 15-s time constant,
     * as breath-by-breath changes of volume move a 30-s RSA window), then a brief bout on the heart alone: S climbs
     * to 4 z in 25 s at 600 s, holds its height 11 s and falls fast; RSA withdraws to -2 z and comes back {@code rebound} z over rest for
     * three minutes.
     */
    private static AxisTrace bout(long seed, double wanderSd, double rebound) {
        AxisTrace trace = new AxisTrace(1200);
        Random r = new Random(seed);
        double a = Math.exp(-1 / (15 * AxisTrace.RATE_HZ));
        double x = 0;
        for (int k = 0; k < AxisTrace.index(580); k++) {
            x = a * x + Math.sqrt(1 - a * a) * r.nextGaussian();
            trace.p[k] = wanderSd * x;
        }
        trace.rampS(600, 625, 4).decayS(636, 6, 0)
                .rampP(580, 600, 0).rampP(600, 625, -2).rampP(640, 660, rebound).rampP(840, 870, 0);
        return trace.jitter(seed, 0.05);
    }

    /** Releases: a 1.5-z rebound over a steady P, a 3.5-z one over a P that wandered 0.7 z; each over the seeds. */
    static Stream<Arguments> releases() {
        return seeds().boxed().flatMap(seed -> Stream.of(Arguments.of(seed, 0.05, 1.5), Arguments.of(seed, 0.7, 3.5)));
    }

    @ParameterizedTest(name = "seed {0}, wander {1}, rebound {2}")
    @MethodSource("releases")
    void aReboundStandingOutOfPsWanderIsARelease(long seed, double wanderSd, double rebound) {
        AxisTrace trace = bout(seed, wanderSd, rebound);

        AxisTrace.assertOneRelease(trace.heartAloneEpisodes(), "a rebound standing out of the wander");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameReboundWithinPsOwnWanderIsNoWitness(long seed) {
        AxisTrace trace = bout(seed, 0.7, 1.5);

        assertThat(trace.heartAloneEpisodes()).isEmpty();
    }
}
