package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lacrima.core.episode.AxisTrace.index;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On the heart alone, a brief release whose vagal rebound stayed weak is kept when the heart stood out longer than a
 * reflex holds it, with vagal tone withdrawn ({@code EpisodeTracker.heartSPhase},
 * {@link HeartAloneBout#heldLongerThanAReflex}). The traced miss (`rr 37 min seed 3004`, seed set 0): a 24-s build-up
 * to S +8.7 z over its pre-onset level, 50 s above an entry rise, RSA withdrawn 4.5 z, P back 0.6 z over rest. On a
 * wrist whose skin conductance barely moved, heart rate's own contribution is that witness (twenty-seventh session: the
 * wrist's brief bouts turned down for want of the S-P sequence had the heart up 3-11 z and skin conductance 0.3-0.8 z).
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

    /** The wrist's episodes with heart rate's contribution shaped as {@link #briefBout}, skin conductance up 0.5 z. */
    private static List<Episode> wristBout(long seed, double holdSec) {
        AxisTrace heart = briefBout(seed, 8, holdSec);
        AxisTrace skin = new AxisTrace(1500).rampS(600, 625, 0.5).decayS(625 + holdSec, 30, 0);
        AxisTrace vagal = briefBout(seed, 8, holdSec);
        return vagal.wristEpisodes(skin, heart, seed, true);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void onAWristWhoseSkinBarelyMovedTheHeartHeldUpWitnessesTheSPhase(long seed) {
        AxisTrace.assertOneRelease(wristBout(seed, 30), "a wrist's heart held up longer than a reflex");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void onAWristAReflexLengthRiseOfTheHeartIsStillNoEpisode(long seed) {
        assertThat(wristBout(seed, 2)).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aHeartHeldUpWhileTheBeltShowsSpeechIsTheTalksNotAnSPhase(long seed) {
        // heart rate's contribution 4 z up from 600 to 660 s; the belt shows speech over 610-660 s in the second case
        AxisTrace up = new AxisTrace(900).rampS(600, 605, 4).decayS(660, 3, 0).jitter(seed, 0.1);
        AxisHistory quiet = up.history(List.of("EDA", "HR"));
        AxisHistory talking = up.speech(610, 660).history(List.of("EDA", "HR"));
        DetectorSettings settings = DetectorSettings.defaults();

        assertThat(HeartAloneBout.heldLongerThanAReflex(quiet, quiet.heartRate(), index(600), index(720), 0, settings))
                .as("held a minute, no speech").isTrue();
        assertThat(HeartAloneBout.heldLongerThanAReflex(talking, talking.heartRate(), index(600), index(720), 0,
                settings)).as("held a minute, 50 s of it speaking").isFalse();
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
