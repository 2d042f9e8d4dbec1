package org.lacrima.validation.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lacrima.core.sim.Confounder;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SimulationConfig;
import org.lacrima.core.sim.TrueEpisode;

/**
 * Crying without sobbing ({@code SimulationConfig#quietCrying}): the suite's resolved and sustained bouts all sob, and
 * many criers' breathing does not change (Sharman et al. 2020). On the chest, whose belt sees both the sobs and the
 * speech, the sobs are what keeps a bout the client talked through from being taken for the talk's own arousal
 * ({@code SpeechAnswer}); a quiet cry talked through to its top keeps it only by its release (vagal tone held over
 * where it sat). The episode sessions of seed sets 0-4 are simulated with half their bouts crying quietly on every
 * device, and on the chest also with talking in the build-up of half the bouts, and with both; recall is reported for
 * all bouts and for the bouts talked through. (The sessions as they are, the acceptance's, are not run again here: their
 * figures are in {@code WidenedSessionAcceptanceTest}'s output.)
 *
 * <p>A known gap, held from getting worse by one binomial standard deviation of the figures measured when quiet
 * crying was first simulated.
 */
class QuietCryingTest {
    /**
     * Measured 6 Dec (twenty-eighth session), 130 chest sessions: recall of every bout 0.912 as they are, 0.858 with
     * half of them quiet (precision 0.991 either way); of the 314 bouts talked through, 0.904 with the talking and
     * 0.710 with talking and quiet crying. Without {@code SpeechAnswer#talkThrough} those two were 0.920 and 0.742;
     * with it but a talk begun after the bout's onset counting too, 0.876 and 0.678 (0.873 and 0.659 without the
     * held-rebound exception). Most of what quiet crying costs is not that rule: the belt's sobs witness the S-phase
     * and the release on the brief path too.
     */
    private static final double MEASURED_QUIET = 0.858;
    private static final double MEASURED_TALKED_QUIET = 0.710;

    @Test
    void quietCryingTalkedThroughIsAKnownGapThatDoesNotWiden() {
        BoutScore quiet = BoutScore.of(quietOnEveryDevice().stream()
                .filter(r -> r.sessionCase().device() == DevicePreset.CHEST).toList());
        List<WidenedSuite.Result> talking = onTheChest("talking while crying", QuietCryingTest::talkingWhileCrying);
        List<WidenedSuite.Result> quietTalking = onTheChest("quiet crying, talking while crying",
                c -> talkingWhileCrying(c).withQuietCrying(true));
        double[] talked = talkedThroughRecall(talking);
        double[] quietTalked = talkedThroughRecall(quietTalking);
        System.out.printf(Locale.ROOT, "quiet crying (chest, seed sets 0-4): recall %.3f with half the bouts quiet "
                + "(precision %.3f); bouts talked through %.0f, recall %.3f -> %.3f quiet%n",
                quiet.recall(), quiet.precision(), talked[1], talked[0], quietTalked[0]);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(talked[1]).as("bouts talked through").isGreaterThanOrEqualTo(100);
        soft.assertThat(quiet.recall()).as("recall with half the bouts quiet (measured %.3f)", MEASURED_QUIET)
                .isGreaterThanOrEqualTo(MEASURED_QUIET - BoutScore.binomialSd(MEASURED_QUIET, quiet.matches.size()));
        soft.assertThat(quietTalked[0]).as("recall of quiet bouts talked through (measured %.3f)", MEASURED_TALKED_QUIET)
                .isGreaterThanOrEqualTo(MEASURED_TALKED_QUIET - BoutScore.binomialSd(MEASURED_TALKED_QUIET,
                        (int) quietTalked[1]));
        soft.assertAll();
    }

    /**
     * Recall per device of the episode sessions of seed sets 0-4 (all clients) with half their bouts crying quietly,
     * measured 6 Dec (twenty-eighth session). The acceptance run the same way ({@code -Dlacrima.suite.quietCrying=true})
     * gives, within issue 19's range, chest 0.959 → 0.912, wrist 0.903 → 0.859, RR 0.934 → 0.888, RR with
     * accelerometer 0.943 → 0.904, chest without accelerometer 0.957 → 0.899. Not only the belt loses a witness:
     * every device loses recall (the RR strap's misses turned down as falling back or as a heart-alone fall without a
     * release double), so in the simulator the sobs move the heart's indices too; how (RSA's dependence on each breath,
     * the sobs' movements) is not traced yet.
     */
    private static final Map<DevicePreset, Double> MEASURED_QUIET_BY_DEVICE = Map.of(
            DevicePreset.CHEST, 0.858, DevicePreset.WRIST, 0.751, DevicePreset.RR_STRAP, 0.828,
            DevicePreset.RR_STRAP_ACC, 0.841, DevicePreset.CHEST_NO_ACC, 0.853);

    @Test
    void quietCryingOnEveryDeviceIsAKnownGapThatDoesNotWiden() {
        Map<DevicePreset, BoutScore> byDevice = new EnumMap<>(DevicePreset.class);
        for (WidenedSuite.Result r : quietOnEveryDevice()) {
            byDevice.computeIfAbsent(r.sessionCase().device(), d -> new BoutScore()).add(r.truth().episodes(),
                    r.analysis().episodes(), r.truth().confounders(), r.sessionCase().config().durationSec());
        }
        StringBuilder line = new StringBuilder("quiet crying, half the bouts (episode sessions of seed sets 0-4), recall:");
        byDevice.forEach((d, b) -> line.append(String.format(Locale.ROOT, " %s %.3f (%d bouts, precision %.3f)",
                d.token(), b.recall(), b.matches.size(), b.precision())));
        System.out.println(line);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(byDevice).as("every device").hasSize(MEASURED_QUIET_BY_DEVICE.size());
        byDevice.forEach((d, b) -> {
            double m = MEASURED_QUIET_BY_DEVICE.get(d);
            soft.assertThat(b.recall()).as("%s recall (measured %.3f; known gap)", d.token(), m)
                    .isGreaterThanOrEqualTo(m - BoutScore.binomialSd(m, b.matches.size()));
        });
        soft.assertAll();
    }

    private static List<WidenedSuite.Result> quietOnEveryDevice;

    /**
     * The episode sessions of seed sets 0-4 on every device with half their bouts crying quietly, analysed once for both
     * tests (the chest's share is a fifth of this class's run time).
     */
    private static synchronized List<WidenedSuite.Result> quietOnEveryDevice() {
        if (quietOnEveryDevice == null) {
            quietOnEveryDevice = WidenedSuite.runAll(WidenedSuite.casesWith("quiet crying", EPISODE_SESSIONS, 0, 0,
                    c -> c.withQuietCrying(true)));
        }
        return quietOnEveryDevice;
    }

    @AfterAll
    static void releaseTheSessions() {
        quietOnEveryDevice = null;
    }

    /** Episode sessions per device and seed set, as the acceptance draws them. */
    private static final int EPISODE_SESSIONS = 26;

    private static SimulationConfig talkingWhileCrying(SimulationConfig config) {
        return KnownGapHours.adding(config, ConfounderKind.TALKING_WHILE_CRYING);
    }

    /** The chest's episode sessions of seed sets 0-4 with {@code change} applied (named {@code what}), analysed. */
    private static List<WidenedSuite.Result> onTheChest(String what, UnaryOperator<SimulationConfig> change) {
        return WidenedSuite.runAll(WidenedSuite.casesWith(what, EPISODE_SESSIONS, 0, 0, change).stream()
                .filter(c -> c.device() == DevicePreset.CHEST).toList());
    }

    /** {recall, count} of the bouts of {@code results} whose build-up the client talked through. */
    private static double[] talkedThroughRecall(List<WidenedSuite.Result> results) {
        int talked = 0;
        int found = 0;
        for (WidenedSuite.Result r : results) {
            List<Confounder> speech = r.truth().confounders().stream()
                    .filter(c -> c.kind() == ConfounderKind.TALKING_WHILE_CRYING).toList();
            BoutScore one = BoutScore.of(List.of(r));
            for (var m : one.matches) {
                TrueEpisode e = m.truth();
                if (speech.stream().anyMatch(c -> c.startSec() < e.peakSec() && c.endSec() > e.onsetSec())) {
                    talked++;
                    found += m.detected() ? 1 : 0;
                }
            }
        }
        assertThat(talked).isPositive();
        return new double[] {(double) found / talked, talked};
    }
}
