package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The heart's and the skin's answer to a talk seen on the belt, told from crying that the client talks through
 * ({@link SpeechAnswer}). One bout, as an emotional talk makes it on a chest: S climbs 4 z over 20 s from 600 s (the
 * heart's step and the talk's first SCRs), holds while the client speaks, and falls with a 15-s time constant from
 * 690 s; vagal tone withdraws and comes back over its old level. Without speech on the belt it is a resolved episode.
 */
class SpeechAnswerTest {
    private static final double QUIET_BREATH = 0.08;
    private static final double SOBBING = 0.35;

    private static AxisTrace bout() {
        return new AxisTrace(1200).rampS(600, 620, 4).rampP(600, 620, -2).decayS(690, 15, 0).decayP(690, 20, 1)
                .jitter(3, 0.05);
    }

    /**
     * Episodes of {@code t} on a chest with the belt showing speech from {@code talkFrom} to {@code talkTo} (none when
     * equal), its irregularity left out 10 s either side as the respiration stage leaves it, and sobbing from
     * {@code sobFrom} to {@code sobTo}.
     */
    private static List<Episode> episodes(AxisTrace t, double talkFrom, double talkTo, double sobFrom, double sobTo) {
        return episodes(t, new double[][] {{talkFrom, talkTo}}, sobFrom, sobTo);
    }

    /** As {@link #episodes(AxisTrace, double, double, double, double)}, with the belt showing each of {@code turns}. */
    private static List<Episode> episodes(AxisTrace t, double[][] turns, double sobFrom, double sobTo) {
        double[] speech = new double[t.s.length];
        double[] irregularity = new double[t.s.length];
        Arrays.fill(irregularity, QUIET_BREATH);
        for (int k = 0; k < t.s.length; k++) {
            double sec = k / AxisTrace.RATE_HZ;
            if (sec >= sobFrom && sec < sobTo) {
                irregularity[k] = SOBBING;
            }
            for (double[] turn : turns) {
                speech[k] = sec >= turn[0] && sec < turn[1] ? 1 : speech[k];
                if (turn[1] > turn[0] && sec >= turn[0] - 10 && sec < turn[1] + 10) {
                    irregularity[k] = Double.NaN;
                }
            }
        }
        EpisodeTracker tracker = new EpisodeTracker(DetectorSettings.defaults(), new AxisHistory(AxisTrace.RATE_HZ,
                true), InterventionPolicy.defaults(), List.of("EDA", "HR", "RSA"));
        for (int k = 0; k < t.s.length; k++) {
            tracker.push(t.s[k], 1, t.p[k], 1, irregularity[k], new double[0], speech[k]);
        }
        tracker.finish();
        return tracker.episodes();
    }

    @Test
    void withoutSpeechOnTheBeltTheBoutIsAResolvedEpisode() {
        List<Episode> found = episodes(bout(), 0, 0, 0, 0);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).outcome()).isEqualTo(Outcome.RESOLVED);
    }

    @Test
    void aBoutThatRoseWithATalkAndFellAsItEndedIsTheAnswerToSpeech() {
        // the belt finds the first phrase a breath late and ends the stretch as the client stops
        assertThat(episodes(bout(), 604, 690, 0, 0)).isEmpty();
    }

    @Test
    void sobbingInTheBoutKeepsIt() {
        // the client talks into the crying, then sobs from 682 s for a minute and a half (the sobs end the speech)
        assertThat(episodes(bout(), 604, 680, 682, 770)).hasSize(1);
    }

    @Test
    void aSighIsNoSobbing() {
        // one deep breath after the talk: the irregularity index is uneven for its 20-s window
        assertThat(episodes(bout(), 604, 690, 720, 740)).isEmpty();
    }

    @Test
    void aTalkThatBeganWellIntoTheRiseDidNotStartIt() {
        // build-up from 560 s, the client begins to talk 40 s into it
        AxisTrace t = new AxisTrace(1200).rampS(560, 620, 4).rampP(560, 620, -2).decayS(690, 15, 0)
                .decayP(690, 20, 1).jitter(3, 0.05);
        assertThat(episodes(t, 600, 690, 0, 0)).hasSize(1);
    }

    @Test
    void aRiseThatBeganWellIntoATalkAndEndedWithItIsTheTalksArousal() {
        // the client has been talking since 570 s when S climbs at 600 s, and it falls as the talk ends, without a sob
        assertThat(episodes(bout(), 570, 690, 0, 0)).isEmpty();
    }

    /**
     * Heated talk: the client recounts a grievance from 560 s, S builds over two and a half minutes of it (the heart
     * and the skin, 3 z), vagal tone withdraws, and when the talk ends at 800 s arousal drifts down over minutes.
     */
    private static AxisTrace heatedTalk() {
        return talkLongRise(60, 60, 0);
    }

    /**
     * S built from 600 to 750 s (3 z, vagal tone withdrawn 1.5 z), falling from 800 s with a time constant of
     * {@code fallSec}, vagal tone going to {@code vagalAfter} with {@code vagalSec}.
     */
    private static AxisTrace talkLongRise(double fallSec, double vagalSec, double vagalAfter) {
        return new AxisTrace(1500).rampS(600, 750, 3).rampP(600, 750, -1.5).decayS(800, fallSec, 0)
                .decayP(800, vagalSec, vagalAfter).jitter(5, 0.05);
    }

    @Test
    void arousalBuildingOverMinutesOfTalkWithoutASobIsTheTalksOwn() {
        assertThat(episodes(heatedTalk(), 0, 0, 0, 0)).as("without the belt's speech").hasSize(1);
        assertThat(episodes(heatedTalk(), 560, 800, 0, 0)).isEmpty();
    }

    @Test
    void sobbingAfterATalkLongRiseKeepsIt() {
        // the talk breaks into sobs at 790 s, for a minute
        assertThat(episodes(heatedTalk(), 560, 788, 790, 850)).hasSize(1);
    }

    @Test
    void aReleaseAfterATalkLongRiseIsKept() {
        // a quiet cry talked through: S falls fast as the talk ends and vagal tone comes back well over where it sat
        AxisTrace cry = talkLongRise(15, 20, 1.5);
        assertThat(episodes(cry, 560, 800, 0, 0)).hasSize(1);
    }

    @Test
    void aBuildUpTheClientBeganToTalkIntoIsNotTheTalks() {
        // S has been climbing since 600 s when the client starts to talk at 640 s, through to the top
        assertThat(episodes(heatedTalk(), 640, 800, 0, 0)).hasSize(1);
    }

    @Test
    void aTalkThatStoppedBeforeTheTopDidNotCarryTheRise() {
        // the client falls silent at 660 s, and S goes on rising to its top at 750 s
        assertThat(episodes(heatedTalk(), 560, 660, 0, 0)).hasSize(1);
    }

    @Test
    void aRiseSpokenTurnAfterTurnIsTheTalksOwn() {
        // the client talks from 560 to 660 s, listens for 40 s, and talks again from 700 s to past the top
        assertThat(episodes(heatedTalk(), new double[][] {{560, 660}, {700, 800}}, 0, 0)).isEmpty();
    }

    @Test
    void aTurnAfterMoreThanAMinutesListeningDidNotCarryTheRise() {
        // the talk's answer has faded by the next turn: a listening pause of 70 s in the rise
        assertThat(episodes(heatedTalk(), new double[][] {{560, 640}, {710, 800}}, 0, 0)).hasSize(1);
    }

    @Test
    void aBoutThatHeldLongAfterTheTalkEndedIsNotItsAnswer() {
        // the talk ends at 640 s, S holds for 50 s more before it falls
        assertThat(episodes(bout(), 604, 640, 0, 0)).hasSize(1);
    }
}
