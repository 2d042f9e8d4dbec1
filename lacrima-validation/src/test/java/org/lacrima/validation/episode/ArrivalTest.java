package org.lacrima.validation.episode;

import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Sessions whose first minutes are unsettled ({@code SimulationConfig#arrival}): the client has just walked in and sat
 * down, the heart comes down from walking over a minute or two while vagal tone returns, a posture shift or two, and a
 * check-in talk of 1.5-5 minutes, half the time on what brought the client (issue 19: "the baseline and normalisation
 * must work when the first minutes are unsettled"; independent model 2's false episodes sat mostly in the first five
 * minutes). Eight sessions with episodes and eight episode-free hours per device and seed set 0-4.
 *
 * <p>Measured 5 Dec (eighteenth session), 381 hours: at first 41 false episodes, {@value #MEASURED_EARLY_BEFORE} of them
 * peaking in the first ten minutes, risen from the first minute's lows (the heart recovering from the walk, S falling
 * and P rising: the look of a release, with the check-in talk's rise on it). No rise is now measured from the
 * recording's first minute (the pre-onset window, {@code DetectorSettings#preWindowSec}): 15 false episodes, 2 in the
 * first ten minutes; recall 0.883 → 0.882. The bounds hold these from getting worse by more than one standard
 * deviation.
 *
 * <p>Re-measured 5 Dec (twentieth session) once every stream of the simulator was seeded independently (before, the
 * sessions of consecutive seeds drew each other's streams one draw apart, so a seed set's sessions were near-copies):
 * recall 0.853, 32 false episodes, 4 of them peaking in the first ten minutes. The detector did not change; these are
 * the figures the bounds now hold.
 *
 * <p>Re-measured 6 Dec (twenty-seventh session) after the heart alone began to measure the vagal rebound from where P
 * sat before the onset ({@code OutcomeClassifier#restingP}): with the arrival, P comes back over the first minutes from
 * a baseline taken while the client was still settling, and a rebound measured from the baseline counted that return.
 * RR strap recall 0.838 → 0.814 and false episodes 14 → 9 (precision 0.924 → 0.949), with its accelerometer
 * 0.853 → 0.828 and 14 → 9; every other device unchanged; all devices recall 0.849 → 0.839, false episodes 34 → 24,
 * 2 → 0 peaking in the first ten minutes. The recall bound holds this figure.
 */
class ArrivalTest {
    private static final double FIRST_MINUTES_SEC = 600;
    /** Measured before the rule on the same cases: false episodes peaking in the first ten minutes. */
    private static final int MEASURED_EARLY_BEFORE = 28;
    /** Measured 5 Dec on the cases here (independent seeds): false episodes peaking in the first ten minutes, all devices. */
    private static final int MEASURED_EARLY = 4;
    /** Measured 6 Dec (twenty-seventh session): recall of the bouts of the sessions with episodes, all devices. */
    private static final double MEASURED_RECALL = 0.839;

    @Test
    void theFirstMinutesOfASessionAreNoBuildUp() {
        List<WidenedSuite.Result> results = WidenedSuite.runAll(
                WidenedSuite.casesWith("arrival", 8, 0, 8, c -> c.withArrival(true)));
        BoutScore all = BoutScore.of(results);
        long early = all.falseEpisodes.stream().filter(f -> f.found().peakSec() < FIRST_MINUTES_SEC).count();
        String perDevice = BoutScore.perDevice(results, s -> String.format(Locale.ROOT, " (%d in the first 10 min)",
                s.falseEpisodes.stream().filter(f -> f.found().peakSec() < FIRST_MINUTES_SEC).count()));
        System.out.println(String.format(Locale.ROOT, "sessions opening with the client's arrival (seed sets 0-4, %.0f h):"
                + " recall %.3f, %d false episodes, %d peaking in the first 10 minutes%s", all.hours, all.recall(),
                all.falseEpisodes.size(), early, perDevice));

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(early).as("false episodes peaking in the first ten minutes (measured %d)", MEASURED_EARLY)
                .isLessThanOrEqualTo((long) Math.ceil(MEASURED_EARLY + Math.max(1, Math.sqrt(MEASURED_EARLY))));
        soft.assertThat(all.recall()).as("recall with the arrival (measured %.2f)", MEASURED_RECALL)
                .isGreaterThanOrEqualTo(MEASURED_RECALL - BoutScore.binomialSd(MEASURED_RECALL, all.matches.size()));
        soft.assertAll();
    }
}
