package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A candidate is followed for at most {@code riseLookbackSec} without a hold confirming it: a rise is measured from the
 * lowest point of that many seconds before it, and a candidate open longer rests on a low no idle search would keep.
 * The traced case (docs/DETECTOR-HISTORY.md, thirty-third session): a wrist's episode-free hour, seed 2802, S from the
 * heart alone dipping to -1.8 z at 110 s while the skin conductance was not yet shown, a jump as it joined, then at
 * rest around 0 with both channels for seventeen minutes, 2 z over that early low; a posture shift's spike at 1140 s then completed the long
 * path's minute, on area gathered over the whole seventeen minutes, as a subsided bout with a 17-min build-up.
 */
class NeverHeldRiseTest {
    static LongStream seeds() {
        return LongStream.range(0, 8);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void restOverAnEarlyLowIsNoBuildUp(long seed) {
        AxisTrace trace = new AxisTrace(1800).rampS(70, 90, -1.8).rampS(100, 130, 1.8).decayS(135, 10, 0.4)
                .rampS(1135, 1140, 2.2)
                .decayS(1150, 10, 0.4).jitter(seed, 0.2);

        EpisodeTracker tracker = trace.tracked(List.of(), List.of("EDA", "HR"), true, trace.s, trace.s);

        assertThat(tracker.episodes()).as("%s", tracker.episodes()).isEmpty();
        assertThat(tracker.dropped()).as("%s", tracker.dropped()).anySatisfy(d -> {
            assertThat(d.reason()).isEqualTo(DropReason.NEVER_HELD);
            assertThat(d.onsetSec()).isBetween(100.0, 135.0);
        });
    }

    /**
     * A build-up as slow as the slowest the simulator draws and slower (10 minutes, linear, to 5 z, vagal tone withdrawing
     * with it), then a release: the candidate opens two-fifths of the way up and the long path confirms it a minute or
     * two later, long before the candidate has been open {@code riseLookbackSec}.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aTenMinuteBuildUpIsStillABout(long seed) {
        AxisTrace trace = new AxisTrace(2400).rampS(500, 1100, 5).rampP(500, 1100, -2).decayS(1105, 20, 0)
                .decayP(1115, 5, 1.5).jitter(seed, 0.1);

        List<Episode> found = trace.episodes(List.of("EDA", "HR"), true, trace.s, trace.s);

        assertThat(found).as("%s", found).singleElement().satisfies(e -> {
            assertThat(e.peakSec()).isBetween(1040.0, 1110.0);
            assertThat(e.outcome()).isEqualTo(Outcome.RESOLVED);
        });
    }
}
