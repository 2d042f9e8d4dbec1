package org.lacrima.validation.episode;

import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.lacrima.core.sim.DevicePreset;

/**
 * A wrist whose pulses arrive with the beat-to-beat jitter measured on real wrist recordings
 * ({@code SimulationConfig#pulseTimingJitter}: 6-16 ms; an Empatica E4 on WESAD's S2 and S4 at rest 11-13 ms with our
 * pulse detector, the simulator's wrist without it 2.3 ms). The jitter adds beat-to-beat noise to the pulse intervals
 * that RSA, and so P, reads as vagal variability: P's withdrawal and rebound stand out less from its wander, and more
 * of the wrist's bouts are turned down for want of the S-P sequence (docs/DETECTOR-HISTORY.md, twenty-fifth session).
 *
 * <p>A known gap, not a target: the wrist's sessions of the acceptance's seed sets 0-4 (episode sessions, brief bouts
 * and episode-free hours) are simulated again with the jitter, and recall within issue 19's range is held from getting
 * worse than measured by more than one binomial standard deviation, the episode-free hours' false episodes by more
 * than one Poisson standard deviation.
 */
class PulseTimingJitterGapTest {
    /**
     * Measured 6 Dec (twenty-fifth session): recall within issue 19's range (the same sessions without the jitter:
     * 0.908) and false episodes in the 40 episode-free hours (without: 1).
     */
    private static final double MEASURED_RECALL = 0.870;
    private static final int MEASURED_FREE_FALSE = 3;

    @Test
    void aWristsPulseTimingIsAKnownGapThatDoesNotWiden() {
        List<WidenedSuite.Result> results = WidenedSuite.runAll(WidenedSuite.casesWith("pulse timing jitter", 26, 4, 8,
                c -> c.withPulseTimingJitter(true)).stream().filter(c -> c.device() == DevicePreset.WRIST).toList());
        BoutScore inRange = BoutScore.of(results.stream().filter(r -> r.sessionCase().kind() != WidenedSuite.Kind.EPISODE_FREE
                && !WidenedSessionAcceptanceTest.lowCardiac(r)).toList());
        BoutScore free = BoutScore.of(results.stream()
                .filter(r -> r.sessionCase().kind() == WidenedSuite.Kind.EPISODE_FREE).toList());
        System.out.println(String.format(Locale.ROOT, "wrist with pulse timing jitter, seed sets 0-4: within range "
                + "P %.3f R %.3f (n=%d) outcome %.3f; episode-free hours %d false in %.0f h", inRange.precision(),
                inRange.recall(), inRange.matches.size(), inRange.outcomeAccuracy(), free.falseEpisodes.size(), free.hours));

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(free.hours).as("episode-free hours").isEqualTo(40.0);
        soft.assertThat(inRange.recall()).as("wrist recall within range with pulse timing jitter (measured %.3f)",
                MEASURED_RECALL).isGreaterThanOrEqualTo(MEASURED_RECALL
                        - BoutScore.binomialSd(MEASURED_RECALL, inRange.matches.size()));
        soft.assertThat(free.falseEpisodes.size()).as("false episodes in the episode-free hours (measured %d)",
                MEASURED_FREE_FALSE).isLessThanOrEqualTo((int) Math.ceil(MEASURED_FREE_FALSE
                        + Math.sqrt(MEASURED_FREE_FALSE)));
        soft.assertAll();
    }
}
