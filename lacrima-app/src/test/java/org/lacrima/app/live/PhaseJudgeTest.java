package org.lacrima.app.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lacrima.core.episode.DetectorSettings;
import org.lacrima.core.episode.Episode;
import org.lacrima.core.episode.EpisodeMetrics;
import org.lacrima.core.episode.EpisodeTracker;
import org.lacrima.core.episode.Outcome;

/** The phase word from S alone before the detector decides, and from the decided open episode after. */
class PhaseJudgeTest {
    private static final double RATE = 4;
    private final PhaseJudge judge = new PhaseJudge(DetectorSettings.defaults());

    @Test
    void sNearBaselineIsCalmClimbingIsBuildingLevelledHighIsPeak() {
        assertThat(judge.judge(List.of(), ramp(0, 0, 600), RATE)).isEqualTo(Phase.CALM);
        assertThat(judge.judge(List.of(), new double[0], RATE)).isEqualTo(Phase.FINDING_BASELINE);
        assertThat(judge.judge(List.of(), concat(ramp(0, 0, 300), ramp(0, 3, 240)), RATE)).isEqualTo(Phase.BUILDING);
        assertThat(judge.judge(List.of(), concat(ramp(0, 0, 300), ramp(0, 3, 120), ramp(3, 3, 120)), RATE))
                .isEqualTo(Phase.PEAK);
    }

    @Test
    void sLeftOutAfterTheBaselineIsNoReadingNotCalm() {
        double[] gap = new double[(int) (30 * RATE)];
        Arrays.fill(gap, Double.NaN);
        assertThat(judge.judge(List.of(), concat(ramp(0, 0, 300), gap), RATE)).isEqualTo(Phase.NO_READING);
        // a gap shorter than the last 10 s still reads the value before it
        assertThat(judge.judge(List.of(), concat(ramp(0, 0, 300), Arrays.copyOf(gap, (int) (5 * RATE))), RATE))
                .isEqualTo(Phase.CALM);
    }

    @Test
    void aDecidedOpenEpisodeNamesThePhaseByItsOutcome() {
        double[] high = concat(ramp(0, 0, 300), ramp(0, 3, 120), ramp(3, 3, 300));
        assertThat(judge.judge(List.of(open(Outcome.SUSTAINED, Double.NaN)), high, RATE)).isEqualTo(Phase.STAYING_HIGH);
        assertThat(judge.judge(List.of(open(Outcome.RESOLVED, 500)), high, RATE)).isEqualTo(Phase.RELEASING);
        assertThat(judge.judge(List.of(open(Outcome.RESOLVED, 10_000)), high, RATE)).isEqualTo(Phase.PEAK);
        assertThat(judge.judge(List.of(open(Outcome.SUBSIDED, Double.NaN)), high, RATE)).isEqualTo(Phase.RELEASING);
        var closed = new EpisodeTracker.TrackedEpisode(open(Outcome.RESOLVED, 500).episode(), 600, false);
        assertThat(judge.judge(List.of(closed), concat(high, ramp(0, 0, 300)), RATE)).isEqualTo(Phase.CALM);
    }

    @Test
    void wordsAreTheOnesThePageShows() {
        assertThat(Arrays.stream(Phase.values()).map(Phase::word))
                .containsExactly("finding baseline", "no reading", "calm", "building", "peak", "releasing", "staying high");
    }

    private static EpisodeTracker.TrackedEpisode open(Outcome outcome, double releaseSec) {
        return new EpisodeTracker.TrackedEpisode(new Episode(300, 420, releaseSec, 700, outcome, false, 1,
                new EpisodeMetrics(120, 3, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, List.of("EDA"))), 450, true);
    }

    /** {@code seconds} of S going linearly from {@code from} to {@code to}. */
    private static double[] ramp(double from, double to, double seconds) {
        int n = (int) (seconds * RATE);
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = from + (to - from) * i / Math.max(1, n - 1);
        }
        return s;
    }

    private static double[] concat(double[]... parts) {
        return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
    }
}
