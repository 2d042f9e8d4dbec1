package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Event;

class EpisodeTrackerTest {

    static Stream<Arguments> scripts() {
        Outcome[] all = Outcome.values();
        return IntStream.range(0, 30).mapToObj(seed -> {
            List<Outcome> script = new ArrayList<>();
            for (int e = 0; e < seed % 4; e++) {
                script.add(all[(seed + e) % 3]);
            }
            return Arguments.of(seed, script);
        });
    }

    private static List<Episode> run(SyntheticAxes axes, List<Event> events) {
        EpisodeTracker tracker = new EpisodeTracker(DetectorSettings.defaults(),
                new AxisHistory(SyntheticAxes.RATE_HZ, true), InterventionPolicy.defaults(), List.of("EDA", "HR"));
        tracker.addEvents(events);
        for (int i = 0; i < axes.s.length; i++) {
            tracker.push(axes.s[i], 1, axes.p[i], 1, Double.NaN);
        }
        tracker.finish();
        return tracker.episodes();
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void findsEachScriptedEpisodeWithItsOutcome(int seed, List<Outcome> script) {
        SyntheticAxes axes = new SyntheticAxes(seed, 20 + 25.0 * script.size(), script);
        List<Episode> found = run(axes, List.of());

        assertThat(found).as("found %s, truth %s", found.stream().map(e -> e.onsetSec() + "/" + e.peakSec() + " " + e.outcome()).toList(), axes.truths).hasSize(script.size());
        for (int i = 0; i < found.size(); i++) {
            SyntheticAxes.Truth truth = axes.truths.get(i);
            assertThat(found.get(i).outcome()).as("episode %d", i).isEqualTo(truth.outcome());
            assertThat(found.get(i).onsetSec()).isLessThan(found.get(i).peakSec());
            if (truth.outcome() == Outcome.RESOLVED) {
                assertThat(Math.abs(found.get(i).peakSec() - truth.peakSec())).isLessThan(20);
                assertThat(found.get(i).metrics().vagalReboundSize()).isGreaterThan(0.5);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void anInterventionInTheBuildUpMarksTheEpisodeInterrupted(int seed, List<Outcome> script) {
        SyntheticAxes axes = new SyntheticAxes(seed, 20 + 25.0 * script.size(), script);
        List<Event> events = axes.truths.stream()
                .map(t -> Event.at((t.onsetSec() + t.peakSec()) / 2, "Calming intervention")).toList();
        List<Episode> found = run(axes, events);

        assertThat(found).hasSize(script.size()).allMatch(Episode::interrupted);
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void fluctuationsAndBriefBurstsAreNoEpisodes(int seed, List<Outcome> ignored) {
        SyntheticAxes axes = new SyntheticAxes(seed, 60, List.of());
        // A burst of responses: S jumps for 20-40 s, as a single SCR cluster would make it.
        for (int burst = 0; burst < 5; burst++) {
            int at = (int) ((300 + burst * 600 + seed) * SyntheticAxes.RATE_HZ);
            int len = (int) ((20 + seed % 20) * SyntheticAxes.RATE_HZ);
            for (int i = at; i < at + len && i < axes.s.length; i++) {
                axes.s[i] += 4 * Math.sin(Math.PI * (i - at) / len);
            }
        }
        assertThat(run(axes, List.of())).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void aRiseUnderWayFromTheUndershootWhenThePreviousBoutClosesIsANewBout(long seed) {
        // a bout to 6 z released into an undershoot of -1.5 z; from 800 s S climbs slowly out of it to 2 z at 900 s.
        // The first bout is decided and closed near 870 s, when S is back under a quarter of its excess but already
        // 2.4 z up from the undershoot: the new rise counts from there, not from where S stood at the close
        AxisTrace t = new AxisTrace(1800).rampS(600, 660, 6).rampP(600, 660, -2).decayS(700, 8, -1.5)
                .decayP(700, 20, 1).rampS(800, 900, 2).rampP(800, 900, -1).decayS(980, 15, 0).decayP(980, 30, 0.5)
                .jitter(seed, 0.05);
        EpisodeTracker tracker = new EpisodeTracker(DetectorSettings.defaults(),
                new AxisHistory(AxisTrace.RATE_HZ, true), InterventionPolicy.defaults(), List.of("EDA", "HR"));
        for (int k = 0; k < t.s.length; k++) {
            tracker.push(t.s[k], 1, t.p[k], 1, Double.NaN);
        }
        tracker.finish();

        List<Episode> found = tracker.episodes();
        assertThat(found).as("%s", found).hasSize(2);
        assertThat(found.get(1).peakSec()).isBetween(880.0, 985.0);
        assertThat(found.get(1).onsetSec()).isGreaterThanOrEqualTo(found.get(0).endSec());
    }

    @org.junit.jupiter.api.Test
    void aSustainedPlateausPeakIsWhereTheBuildUpEndedNotItsHighestSobbingSurge() {
        // build-up to 5 z at 660 s, then a plateau for 8 minutes with sobbing waves (1 z deep every 60 s) and, four
        // minutes in, a surge to 6 z: the highest point of the episode, but the build-up had ended at 660 s
        AxisTrace t = new AxisTrace(1800).rampS(600, 660, 5).rampP(600, 660, -1).wavesS(660, 1140, -0.5, 60)
                .jitter(7, 0.05);
        for (int k = AxisTrace.index(890); k < AxisTrace.index(930); k++) {
            t.s[k] += Math.sin(Math.PI * (k - AxisTrace.index(890)) / AxisTrace.index(40));
        }
        t.decayS(1140, 120, 0).decayP(1140, 150, 0);
        EpisodeTracker tracker = new EpisodeTracker(DetectorSettings.defaults(),
                new AxisHistory(AxisTrace.RATE_HZ, true), InterventionPolicy.defaults(), List.of("EDA", "HR"));
        for (int k = 0; k < t.s.length; k++) {
            tracker.push(t.s[k], 1, t.p[k], 1, Double.NaN);
        }
        tracker.finish();

        assertThat(tracker.episodes()).hasSize(1);
        Episode e = tracker.episodes().get(0);
        assertThat(e.outcome()).isEqualTo(Outcome.SUSTAINED);
        assertThat(e.peakSec()).isCloseTo(660, org.assertj.core.data.Offset.offset(10.0));
    }

    @org.junit.jupiter.api.Test
    void deepSobbingWavesWithALateHighestCrestStaySustained() {
        // build-up to 5 z at 660 s, then 7 minutes of sobbing waves swinging 3 z (dips below half the excess) every
        // 80 s, the highest crest (+1 z) three minutes in: a plateau of overwhelm whatever crest or dip the decision meets
        AxisTrace t = new AxisTrace(1800).rampS(600, 660, 5).rampP(600, 660, -1).wavesS(660, 1080, -1.5, 80)
                .jitter(11, 0.05);
        for (int k = AxisTrace.index(820); k < AxisTrace.index(860); k++) {
            t.s[k] += Math.sin(Math.PI * (k - AxisTrace.index(820)) / AxisTrace.index(40));
        }
        t.decayS(1080, 120, 0).decayP(1080, 150, 0);

        List<Episode> episodes = run(t);

        assertThat(episodes).hasSize(1);
        assertThat(episodes.get(0).outcome()).isEqualTo(Outcome.SUSTAINED);
    }

    @org.junit.jupiter.api.Test
    void sobbingWavesAfterTheSustainedCallAreTheSamePlateauNotNewBouts() {
        // 14 minutes of plateau with waves dipping to 1 z of a 5 z excess and surging back every 90 s
        AxisTrace t = new AxisTrace(2100).rampS(600, 660, 5).rampP(600, 660, -1).wavesS(660, 1500, -2, 90)
                .jitter(17, 0.05);
        t.decayS(1500, 120, 0).decayP(1500, 150, 0);

        List<Episode> episodes = run(t);

        assertThat(episodes).hasSize(1);
        assertThat(episodes.get(0).outcome()).isEqualTo(Outcome.SUSTAINED);
        assertThat(episodes.get(0).endSec()).isGreaterThan(1400);
    }

    @org.junit.jupiter.api.Test
    void aSlowDriftWithWavesOnItIsSubsidedNotAPlateau() {
        // the same waves on a build-up that stops short and drifts down, losing half its excess in about three minutes
        AxisTrace t = new AxisTrace(1800).rampS(600, 660, 5).rampP(600, 660, -1).rampS(660, 1140, 0.5)
                .wavesS(660, 1080, -0.6, 80).rampP(660, 1140, 0).jitter(13, 0.05);

        List<Episode> episodes = run(t);

        assertThat(episodes).hasSize(1);
        assertThat(episodes.get(0).outcome()).isEqualTo(Outcome.SUBSIDED);
    }

    private static List<Episode> run(AxisTrace t) {
        EpisodeTracker tracker = new EpisodeTracker(DetectorSettings.defaults(),
                new AxisHistory(AxisTrace.RATE_HZ, true), InterventionPolicy.defaults(), List.of("EDA", "HR"));
        for (int k = 0; k < t.s.length; k++) {
            tracker.push(t.s[k], 1, t.p[k], 1, Double.NaN);
        }
        tracker.finish();
        return tracker.episodes();
    }
}
