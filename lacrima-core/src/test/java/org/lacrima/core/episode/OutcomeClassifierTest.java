package org.lacrima.core.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lacrima.core.episode.AxisTrace.index;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The outcome of hand-built bouts: onset at 600 s, peak at 660 s, S 6 z over a pre-episode level of 0.
 * The classifier is given the indices the tracker would give it.
 */
class OutcomeClassifierTest {
    private static final DetectorSettings SETTINGS = DetectorSettings.defaults();
    private static final OutcomeClassifier CLASSIFIER = new OutcomeClassifier(SETTINGS);
    private static final int ONSET = index(600);
    private static final int PEAK = index(660);

    /** Build-up from 600 s to 6 z at 660 s with vagal withdrawal (P -1). */
    private static AxisTrace buildUp(double seconds) {
        return new AxisTrace(seconds).rampS(600, 660, 6).rampP(600, 660, -1);
    }

    private static OutcomeClassifier.Verdict classify(AxisTrace t, boolean withP, double nowSec, boolean plateau) {
        AxisHistory h = t.history(withP);
        int top = h.s.argMax(ONSET, index(nowSec));
        return CLASSIFIER.classify(h, ONSET, PEAK, top, index(nowSec), 0, plateau, false, List.of("EDA", "HR"));
    }

    private static Episode episode(OutcomeClassifier.Verdict v) {
        return new Episode(600, 660, v.releaseIndex() >= 0 ? v.releaseIndex() / AxisTrace.RATE_HZ : Double.NaN, 900,
                v.outcome(), false, v.confidence(), v.metrics(), v.warnings());
    }

    @Test
    void textbookResolvedBoutIsAReleaseWithVagalRebound() {
        // a 10 s crying peak, then half the excess gone within 15 s, settling just below the pre-episode level; RSA rebounds
        AxisTrace t = buildUp(1200).decayS(670, 20, -0.3).rampP(670, 700, 1.5).decayP(760, 120, 0);

        OutcomeClassifier.Verdict v = classify(t, true, 660 + SETTINGS.decisionSec(), false);

        assertThat(v.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(v.releaseIndex()).isBetween(PEAK, PEAK + index(60));
        EpisodeMetrics m = v.metrics();
        assertThat(m.releaseDropFraction()).isBetween(SETTINGS.fastDropFraction(), 1.0);
        assertThat(m.excessGoneFraction60s()).isBetween(0.9, 1.0);
        assertThat(m.vagalReboundSize()).as("P max over its pre-onset level").isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.05));
        assertThat(m.halfRecoverySec()).isBetween(20.0, 40.0);
        assertThat(m.secondsAboveThreshold()).as("time at the top is not half recovery").isLessThan(m.halfRecoverySec());
        assertThat(EpisodeExplanation.of(episode(v))).startsWith("resolved — fast drop").contains("with vagal rebound");
    }

    @Test
    void plateauWithSobbingWavesIsSustained() {
        AxisTrace t = buildUp(1200).wavesS(660, 1200, 0.6, 20);

        OutcomeClassifier.Verdict v = classify(t, true, 660 + SETTINGS.sustainedSec(), true);

        assertThat(v.outcome()).isEqualTo(Outcome.SUSTAINED);
        assertThat(v.metrics().secondsAboveThreshold()).isGreaterThan(200);
        assertThat(v.metrics().halfRecoverySec()).isNaN();
        assertThat(EpisodeExplanation.of(episode(v))).startsWith("sustained — S stayed at its top")
                .contains("without drifting down").contains("no vagal rebound");
        assertThat(v.metrics().plateauHeldFraction()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void aReleaseWithAVagalReboundIsNoPlateauDipWhenSComesPartWayBackUp() {
        // the release at 670 s (most of the excess gone within half a minute) brings vagal tone 1.5 z over its resting
        // level; arousal then comes part-way back (talk, the next hurt) and holds until the plateau's decision: S's last
        // wave stands over the narrow top's plateau level, but a bout whose fall released vagal tone was no plateau
        AxisTrace t = buildUp(1200).decayS(670, 10, 0.3).rampP(670, 700, 1.5).rampS(760, 800, 4);

        OutcomeClassifier.Verdict v = classify(t, true, 660 + SETTINGS.sustainedSec(), true);

        assertThat(OutcomeClassifier.holdsTop(t.history(true), PEAK, 0, index(660 + SETTINGS.sustainedSec())))
                .as("S's last wave holds the narrow top's plateau level").isTrue();
        assertThat(v.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(v.heldRebound()).isGreaterThanOrEqualTo(SETTINGS.agreementRise());

        // the same fall without the vagal rebound (P still withdrawn) stays a plateau's dip
        AxisTrace withdrawn = buildUp(1200).decayS(670, 10, 0.3).rampS(760, 800, 4);
        assertThat(classify(withdrawn, true, 660 + SETTINGS.sustainedSec(), true).outcome())
                .isEqualTo(Outcome.SUSTAINED);
    }

    @Test
    void aPlateauLeftOutOverTheLastWaveIsNotCalledSustained() {
        // S at its top until the axes were left out from 700 s (a paced breathing exercise, a walk) until 10 s before
        // the decision: those few values, still high, are no evidence that a plateau held through the gap
        AxisTrace t = buildUp(1200);
        for (int k = index(700); k < index(660 + SETTINGS.sustainedSec() - 10); k++) {
            t.s[k] = Double.NaN;
            t.p[k] = Double.NaN;
        }

        OutcomeClassifier.Verdict v = classify(t, true, 660 + SETTINGS.sustainedSec(), true);

        assertThat(v.outcome()).isNotEqualTo(Outcome.SUSTAINED);
        assertThat(v.metrics().plateauHeldFraction()).isNaN();
        assertThat(EpisodeExplanation.of(episode(v))).doesNotContain("holding");
    }

    @Test
    void aNarrowPeakWithoutAPlateauAboveThePreLevelHasNoPlateauMeasures() {
        // S spikes to its top and falls far below the pre-episode level at once: the wave around the top averages below
        // that level, so there is no plateau whose share could be held or lost (it was -6e9 before)
        AxisTrace t = buildUp(1200);
        for (int k = PEAK + 1; k < t.s.length; k++) {
            t.s[k] = -6;
        }
        AxisHistory h = t.history(true);

        assertThat(OutcomeClassifier.plateauHeldFraction(h, PEAK, 0, index(900))).isNaN();
        assertThat(OutcomeClassifier.driftPerWave(h, PEAK, 0, index(900))).isNaN();
        assertThat(OutcomeClassifier.holdsTop(h, PEAK, 0, index(900))).isFalse();
    }

    @Test
    void aReflexSpikeOnAWanderIsNoPlateausCrestThoughSStaysUpAfterIt() {
        // S wanders 1 z up, a posture shift's spike lifts it to 4 z for 8 s, and a talk holds it at 1.5 z from 800 s to
        // the decision: the last wave stands over the little level around the spike, but the whole wave around the top
        // averages under half its height, so there was no plateau to hold (an RR strap's episode-free hour, seed 803803)
        AxisTrace t = new AxisTrace(1200).rampS(600, 655, 1).rampS(655, 660, 4).rampS(660, 668, 1).rampS(760, 800, 1.5);
        AxisHistory h = t.history(true);
        int now = index(660 + SETTINGS.sustainedSec());

        assertThat(OutcomeClassifier.holdsTop(h, PEAK, 0, now)).isFalse();
        assertThat(OutcomeClassifier.plateauHeldFraction(h, PEAK, 0, now)).isNaN();
        assertThat(classify(t, true, 660 + SETTINGS.sustainedSec(), true).outcome()).isNotEqualTo(Outcome.SUSTAINED);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aNoisyPlateauIsSustainedWhereverItsHighestSampleFalls(long seed) {
        // a plateau at 3 z with sobbing waves of a tenth of it and jitter of 0.5 z: its highest sample stands a z or more
        // over the plateau, whose whole wave around it keeps well over half that sample's excess
        AxisTrace t = new AxisTrace(1200).rampS(600, 660, 3).rampP(600, 660, -1).wavesS(660, 1200, 0.3, 60)
                .jitter(seed, 0.5);

        assertThat(classify(t, true, 660 + SETTINGS.sustainedSec(), true).outcome()).isEqualTo(Outcome.SUSTAINED);
    }

    @Test
    void theDecisionMeetingADeepSobbingDipIsStillAPlateau() {
        // waves swinging S by 2.4 z (dips past half the excess); the last minute before the decision falls in a dip
        AxisTrace t = buildUp(1200).wavesS(660, 1200, 1.2, 80);
        double now = 660 + 80 * 3 - 20;

        OutcomeClassifier.Verdict v = classify(t, true, now, true);

        assertThat(v.outcome()).isEqualTo(Outcome.SUSTAINED);
        assertThat(OutcomeClassifier.driftPerWave(t.history(true), PEAK, 0, index(now)))
                .isBetween(-OutcomeClassifier.DRIFT_PER_WAVE, OutcomeClassifier.DRIFT_PER_WAVE);
    }

    @Test
    void aDriftIsMeasuredFromWholeWaveToWholeWaveNotFromTheLastCrest() {
        // a sixth of the excess lost per minute, with small waves on it: a decline whether the windows end on a crest
        // or not
        AxisTrace t = buildUp(1500).rampS(660, 1020, 0).wavesS(660, 1020, 0.4, 60);
        AxisHistory h = t.history(true);
        for (double now : new double[] {900, 915, 930}) {
            // a straight decline loses a growing share of what is left: about 35-40 % per wave here
            assertThat(OutcomeClassifier.driftPerWave(h, PEAK, 0, index(now))).as("at %.0f s", now).isBetween(0.25, 0.5);
            assertThat(OutcomeClassifier.holdsTop(h, PEAK, 0, index(now))).as("at %.0f s", now).isFalse();
        }
    }

    /**
     * A build-up cut short wanes as arousal does, losing about the same share of what is left in every wave: the drift
     * per wave is a share of the excess still there, so it reads the same pace early and late in the decline (as a
     * share of the top's excess it read about half the pace four minutes in, and a slow decline there passed for a
     * plateau).
     */
    @Test
    void aDeclineThatKeepsItsPaceDriftsAsMuchFourMinutesInAsAtItsStart() {
        // from 6 z at the top, half of what is left gone every 240 s
        AxisTrace t = buildUp(1500).decayS(660, 240 / Math.log(2), 0);
        AxisHistory h = t.history(true);
        double early = OutcomeClassifier.driftPerWave(h, PEAK, 0, index(660 + 180));
        double late = OutcomeClassifier.driftPerWave(h, PEAK, 0, index(660 + 420));

        double perWave = 1 - Math.pow(0.5, 90.0 / 240);
        assertThat(early).isCloseTo(perWave, within(0.02));
        assertThat(late).isCloseTo(perWave, within(0.02)).isGreaterThan(OutcomeClassifier.DRIFT_PER_WAVE);
    }

    @Test
    void aSaggingPlateauWhoseTopCameLateStillHoldsIt() {
        // a plateau at 6 z that surges to 7 z for half a minute, then sags back: no decline from wave to wave
        AxisTrace t = buildUp(1500).wavesS(660, 1500, 1.0, 70);
        for (int k = index(880); k < index(910); k++) {
            t.s[k] += Math.sin(Math.PI * (k - index(880)) / index(30));
        }
        AxisHistory h = t.history(true);
        int top = h.s.argMax(ONSET, index(1000));

        assertThat(OutcomeClassifier.holdsTop(h, top, 0, index(1000))).isTrue();
    }

    /**
     * A plateau at 6 z with sobbing waves whose last wave before the decision (at 900 s) dips deeper: its median 1.1 z
     * (18 % of the excess) under the wave before, though still 82 % of the excess over the pre-episode level.
     */
    private static AxisTrace plateauWithADeepLastWave() {
        AxisTrace t = buildUp(1200).wavesS(660, 1200, 0.6, 60);
        for (int k = index(810); k < index(900); k++) {
            t.s[k] -= 1.1;
        }
        return t;
    }

    @Test
    void aDeepSobbingWaveIsNoDeclineWhileTheBreathStillSobs() {
        // resting breath irregularity 0.2 (wandering 0.15-0.25 before the onset); sobbing 0.5 from the peak on
        AxisTrace sobbing = plateauWithADeepLastWave().irregularity(0, 1200, 0.2).irregularity(560, 580, 0.25)
                .irregularity(580, 600, 0.15).irregularity(660, 1200, 0.5);
        AxisTrace calm = plateauWithADeepLastWave().irregularity(0, 1200, 0.2).irregularity(560, 580, 0.25)
                .irregularity(580, 600, 0.15);

        assertThat(OutcomeClassifier.driftPerWave(sobbing.history(true), PEAK, 0, index(900))).isGreaterThan(0.125);
        OutcomeClassifier.Verdict stillSobbing = classify(sobbing, true, 900, true);
        assertThat(stillSobbing.outcome()).as("still sobbing: a deep wave of the plateau").isEqualTo(Outcome.SUSTAINED);
        // the words say what the call rested on: not "without drifting down", but the fall taken for a sobbing dip
        assertThat(EpisodeExplanation.of(episode(stillSobbing))).contains("from the wave before was a sobbing dip")
                .doesNotContain("without drifting down");
        assertThat(classify(calm, true, 900, true).outcome()).as("breath as at rest: a decline")
                .isEqualTo(Outcome.SUBSIDED);
        assertThat(classify(plateauWithADeepLastWave(), true, 900, true).outcome()).as("no respiration channel")
                .isEqualTo(Outcome.SUBSIDED);
    }

    @Test
    void breathAsIrregularAsItWasAtRestIsNoSobbing() {
        // the last wave's irregularity (0.25) equals the most irregular half-minute before the onset
        AxisTrace t = plateauWithADeepLastWave().irregularity(0, 1200, 0.2).irregularity(560, 590, 0.25)
                .irregularity(660, 1200, 0.25);
        // an aroused breath, twice as irregular as at rest (0.08 -> 0.16), but within what arousal alone brings
        AxisTrace aroused = plateauWithADeepLastWave().irregularity(0, 1200, 0.08).irregularity(660, 1200, 0.16);

        assertThat(CLASSIFIER.stillSobbing(t.history(true), ONSET, index(900))).isFalse();
        assertThat(classify(t, true, 900, true).outcome()).isEqualTo(Outcome.SUBSIDED);
        assertThat(CLASSIFIER.stillSobbing(aroused.history(true), ONSET, index(900))).isFalse();
    }

    @Test
    void slowDriftIsSubsidedNotAPlateauNorARelease() {
        // half the excess gone only after three minutes
        AxisTrace t = buildUp(1200).rampS(660, 1020, 1);

        OutcomeClassifier.Verdict v = classify(t, true, 660 + SETTINGS.decisionSec(), false);

        assertThat(v.outcome()).isEqualTo(Outcome.SUBSIDED);
        assertThat(v.releaseIndex()).isEqualTo(-1);
        assertThat(v.metrics().releaseDropFraction()).isLessThan(SETTINGS.fastDropFraction());
        assertThat(EpisodeExplanation.of(episode(v))).startsWith("subsided — eased off slowly").contains("drifting down");
        assertThat(v.metrics().driftPerWave()).isGreaterThan(0.125);
    }

    @Test
    void pacedBreathingAfterAnInterventionRaisesVagalToneWithoutARelease() {
        // S drifts down over minutes while the therapist paces slow breathing: P climbs well above its pre-level
        AxisTrace t = buildUp(1200).rampS(660, 1000, 1.5).rampP(670, 760, 2.5);

        OutcomeClassifier.Verdict v = classify(t, true, 660 + SETTINGS.decisionSec(), false);

        assertThat(v.metrics().vagalReboundSize()).isGreaterThan(2);
        assertThat(v.outcome()).isEqualTo(Outcome.SUBSIDED);
    }

    @Test
    void withoutAParasympatheticAxisTheWordsNeverClaimARebound() {
        AxisTrace t = buildUp(1200).decayS(670, 20, -0.3);

        OutcomeClassifier.Verdict v = classify(t, false, 660 + SETTINGS.decisionSec(), false);

        assertThat(v.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(v.metrics().vagalReboundSize()).isNaN();
        assertThat(v.warnings()).anyMatch(w -> w.contains("vagal rebound not assessed"));
        assertThat(EpisodeExplanation.of(episode(v))).contains("vagal rebound not assessed").doesNotContain("with vagal rebound");
    }

    @Test
    void aDelayedReboundCutShortByTheNextBoutDoesNotVetoTheRelease() {
        // P stays withdrawn for the 40 s the bout has before the next one starts
        AxisTrace t = buildUp(1200).decayS(670, 8, -0.2);

        OutcomeClassifier.Verdict v = classify(t, true, 710, false);

        assertThat(v.metrics().vagalReboundSize()).isLessThan(0);
        assertThat(v.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(v.warnings()).anyMatch(w -> w.contains("delayed rebound could not be seen"));
        assertThat(EpisodeExplanation.of(episode(v))).contains("without a clear vagal rebound");
    }

    @Test
    void aReboundWindowSeenInFullWithPBelowItsPreLevelIsNoRelease() {
        AxisTrace t = buildUp(1200).decayS(670, 8, 0.5).rampP(660, 700, -1.5);

        OutcomeClassifier.Verdict v = classify(t, true, 660 + SETTINGS.decisionSec(), false);

        assertThat(v.metrics().releaseDropFraction()).isGreaterThan(SETTINGS.fastDropFraction());
        assertThat(v.outcome()).isEqualTo(Outcome.SUBSIDED);
        assertThat(EpisodeExplanation.of(episode(v))).startsWith("subsided — a drop").contains("neither settled");
    }

    @Test
    void aPreviousBoutsUnfadedReboundDoesNotHideTheNextRebound() {
        // the minute before the onset still carries the previous bout's rebound (P +2); this bout withdraws to -1 and
        // rebounds to +1.5: above the resting level (the baseline, 0), though below the pre-onset level
        AxisTrace t = new AxisTrace(1200).rampP(0, 10, 2).rampS(600, 660, 6).rampP(600, 660, -1)
                .decayS(670, 20, -0.3).rampP(670, 700, 1.5).decayP(760, 120, 0);

        OutcomeClassifier.Verdict v = classify(t, true, 660 + SETTINGS.decisionSec(), false);

        assertThat(v.metrics().vagalReboundSize()).as("measured from the resting level, not the +2 before the onset")
                .isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.05));
        assertThat(v.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(EpisodeExplanation.of(episode(v))).contains("with vagal rebound");
    }
}
