package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Event;

/**
 * A build-up that a calming intervention cut short before the long path's minute was up: S rises to 3 z over 40 s
 * (vagal tone withdrawing with it, so heart rate and RSA confirm it on the brief path), the therapist marks an
 * intervention at its top, S falls by two thirds within 20 s as the client follows the count, and the paced slow
 * breathing leaves every index out for 150 s; S then comes back a third up and drifts down over minutes, P not quite
 * back. Without a held vagal rebound
 * and with a fast drop this is neither a release nor a build-up seen to ease off slowly, and the brief path drops it
 * as an orienting response; the marked intervention says what it was. The traced case: `rr 52 min seed 3005` (seed
 * set 0), a subsided-interrupted bout 5.5 z over its pre-onset level for a minute, lost on every strap.
 */
class InterventionCutShortTest {
    static LongStream seeds() {
        return LongStream.range(0, 8);
    }

    private static AxisTrace cutShort(long seed) {
        AxisTrace trace = new AxisTrace(1200).rampS(560, 600, 3.0).rampP(560, 600, -1.0).decayS(600, 6, 1.0)
                .decayS(800, 150, 0);
        trace.jitter(seed, 0.1);
        Arrays.fill(trace.s, AxisTrace.index(620), AxisTrace.index(770), Double.NaN);
        Arrays.fill(trace.p, AxisTrace.index(620), AxisTrace.index(770), Double.NaN);
        for (int k = AxisTrace.index(770); k < trace.s.length; k++) {
            trace.p[k] += 0.8;
        }
        return trace;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMarkedInterventionWitnessesTheBuildUpItCutShort(long seed) {
        AxisTrace trace = cutShort(seed);
        List<Event> calming = List.of(new Event(598, 0, "intervention: slow breathing"));

        List<Episode> found = trace.episodes(calming, List.of("HR"), true, trace.s);

        assertThat(found).as("%s", found).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.SUBSIDED);
            assertThat(e.interrupted()).isTrue();
            assertThat(e.peakSec()).isBetween(580.0, 606.0);
        });
    }

    /**
     * A three-minute build-up to 4 z (two channels agreeing, vagal tone withdrawing), a calming intervention marked 15 s
     * before its top, then S falling fast and P rising 2 z over rest: what the calming and a paced slow breathing that
     * the pulse's beat times did not show (so nothing was left out) do by themselves. Marked, it is subsided and
     * interrupted, whatever the fall and the vagal rise looked like; unmarked, the same trace is a release.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aFallAfterACalmingInterventionIsNoReleaseHoweverFast(long seed) {
        AxisTrace calmed = new AxisTrace(1500).rampS(400, 580, 4.0).rampP(400, 580, -1.5).decayS(590, 15, 0.2)
                .decayP(600, 20, 2.0).jitter(seed, 0.05);
        List<Event> calming = List.of(new Event(565, 0, "intervention: calming, slow breathing"));

        List<Episode> marked = calmed.episodes(calming, List.of("EDA", "HR"), true, calmed.s, calmed.s);
        List<Episode> unmarked = calmed.episodes(List.of("EDA", "HR"), true, calmed.s, calmed.s);

        assertThat(marked).as("%s", marked).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.SUBSIDED);
            assertThat(e.interrupted()).isTrue();
            assertThat(e.warnings()).anyMatch(w -> w.contains("cut short, not a release"));
            assertThat(EpisodeExplanation.of(e)).startsWith("subsided — a drop").contains("cut short");
        });
        assertThat(unmarked).as("%s", unmarked).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.RESOLVED));
    }

    /**
     * A candidate opened by a spike, S then staying over the spike's low without holding its top, and three minutes
     * later a bump of 20 s in which a breathing exercise is marked (the traced case: a wrist's episode-free hour, seed
     * 102801, a candidate open from 180 s to 2149 s, its peak at 349 s, confirmed by an exercise's mark at 2124 s as a
     * resolved episode). A mark is no witness of a build-up whose top lay minutes before it; the bump, with neither a
     * second channel nor the long path's minute to confirm it, is no episode either.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aMarkLongAfterTheTopWitnessesNoBuildUp(long seed) {
        AxisTrace trace = new AxisTrace(1500).rampS(300, 340, 4.0).decayS(345, 10, 1.2).rampS(520, 525, 3.0)
                .decayS(538, 5, 1.2).decayS(700, 60, 0).jitter(seed, 0.1);
        List<Event> exercise = List.of(new Event(532, 0, "intervention: breathing exercise"));

        List<Episode> found = trace.episodes(exercise, List.of("HR"), true, trace.s);

        assertThat(found).as("%s", found).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withoutTheMarkTheSameRiseAndFallIsNoEpisode(long seed) {
        AxisTrace trace = cutShort(seed);

        assertThat(trace.episodes(List.of("HR"), true, trace.s)).isEmpty();
    }
}
