package org.lacrima.validation.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.lacrima.core.episode.Outcome;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.Dropout;
import org.lacrima.core.sim.TrueEpisode;

/**
 * The wrist's skin conductance lost for a minute and a half at every crying peak: deep sobbing brings the hands to the
 * face again and again, and an E4's electrodes on the underside of the wrist lose contact with the skin (the device then
 * reads about zero). The widened suite's crying movements blank the wrist for seconds only; independent model 2 loses a
 * wrist channel for a minute or more, and there the detector's calls rest on what is left (docs/DETECTOR-HISTORY.md,
 * twelfth session). Here the wrist's sessions with episodes of seed sets 0-4 are simulated again with the skin
 * conductance dropped out from 10 s before each resolved or sustained peak (a subsided build-up has no sobbing) to
 * {@link #LOSS_AFTER_PEAK_SEC} after it, and recall and outcome accuracy are compared with the same sessions intact.
 *
 * <p>A known gap, not a target: measured first (twelfth session) at recall 0.851 → 0.613 and outcome accuracy 0.929 →
 * 0.835 (sustained called resolved 0 → 20 times): the skin conductance index sagged toward the dropout's zero at its
 * edges (a fall of S no body made). With the lost contact's samples holding the last plausible level before the EDA
 * decomposition ({@code ContactLossHold}) it is 0.823 and 0.887 (sustained called resolved 0); what is left is S resting
 * on the heart alone once {@code AxisScorer.HOLD_SEC} has passed. The bounds hold those figures from getting worse by
 * more than one binomial standard deviation.
 */
class WristContactLossTest {
    /** How long after the peak the skin conductance stays lost, seconds. */
    static final double LOSS_AFTER_PEAK_SEC = 80;
    /**
     * Recall and outcome accuracy with the losses, measured 4 Dec (twelfth session) at 0.823 and 0.887, re-measured 5 Dec
     * (twentieth session) once the simulator's streams were seeded independently, the detector unchanged.
     */
    private static final double MEASURED_RECALL = 0.747;
    private static final double MEASURED_OUTCOME = 0.865;

    @Test
    void skinConductanceLostAtTheCryingPeaksIsAKnownGapThatDoesNotWiden() {
        List<WidenedSuite.Case> intact = new ArrayList<>();
        for (long set = 0; set < 5; set++) {
            WidenedSuite.cases(set, 26, 0, 0).stream().filter(c -> c.device() == DevicePreset.WRIST).forEach(intact::add);
        }
        List<WidenedSuite.Result> before = WidenedSuite.runAll(intact);
        List<WidenedSuite.Case> lossy = new ArrayList<>();
        int losses = 0;
        for (WidenedSuite.Result r : before) {
            List<Dropout> dropouts = new ArrayList<>(r.sessionCase().config().dropouts());
            for (TrueEpisode e : r.truth().episodes()) {
                if (e.outcome() != Outcome.SUBSIDED) {
                    dropouts.add(new Dropout(ChannelType.EDA, Math.max(0, e.peakSec() - 10), Math.min(
                            r.sessionCase().config().durationSec(), e.peakSec() + LOSS_AFTER_PEAK_SEC)));
                    losses++;
                }
            }
            WidenedSuite.Case c = r.sessionCase();
            lossy.add(new WidenedSuite.Case(c.name() + ", skin conductance lost at the peaks", c.seedSet(), c.device(),
                    c.kind(), c.config().withDropouts(dropouts)));
        }
        BoutScore without = BoutScore.of(before);
        BoutScore with = BoutScore.of(WidenedSuite.runAll(lossy));
        System.out.println(String.format(Locale.ROOT, "wrist skin conductance lost at %d crying peaks (seed sets 0-4): "
                + "recall %.3f -> %.3f, outcome accuracy %.3f -> %.3f, confusion %s -> %s", losses, without.recall(),
                with.recall(), without.outcomeAccuracy(), with.outcomeAccuracy(), without.confusion(), with.confusion()));

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(losses).as("crying peaks with a loss").isGreaterThanOrEqualTo(300);
        soft.assertThat(with.recall()).as("recall with the losses (measured %.3f; known gap)", MEASURED_RECALL)
                .isGreaterThanOrEqualTo(MEASURED_RECALL - BoutScore.binomialSd(MEASURED_RECALL, with.matches.size()));
        soft.assertThat(with.outcomeAccuracy()).as("outcome accuracy with the losses (measured %.3f; known gap)",
                MEASURED_OUTCOME).isGreaterThanOrEqualTo(MEASURED_OUTCOME
                        - BoutScore.binomialSd(MEASURED_OUTCOME, with.truePositives()));
        soft.assertAll();
    }
}
