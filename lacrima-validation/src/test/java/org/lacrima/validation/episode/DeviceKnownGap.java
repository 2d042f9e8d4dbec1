package org.lacrima.validation.episode;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.assertj.core.api.SoftAssertions;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SimulationConfig;

/**
 * One device's sessions of the acceptance's seed sets 0-4 (episode sessions, brief bouts and episode-free hours)
 * simulated again with something the suite leaves out, for a known gap of that device: recall within issue 19's range
 * held from getting worse than measured by more than one binomial standard deviation, the episode-free hours' false
 * episodes by more than one Poisson standard deviation.
 */
final class DeviceKnownGap {
    /** Episode-free hours of one device in seed sets 0-4. */
    private static final double FREE_HOURS = 40;

    private DeviceKnownGap() {
    }

    /**
     * Runs the sessions of {@code device} with {@code change} (named {@code what}), prints their figures and asserts
     * them within the bounds of {@code measuredRecall} and {@code measuredFreeFalse}.
     */
    static void assertNoWider(DevicePreset device, String what, UnaryOperator<SimulationConfig> change,
                              double measuredRecall, int measuredFreeFalse) {
        List<WidenedSuite.Result> results = WidenedSuite.runAll(WidenedSuite.casesWith(what, 26, 4, 8, change).stream()
                .filter(c -> c.device() == device).toList());
        BoutScore inRange = BoutScore.of(results.stream().filter(r -> r.sessionCase().kind() != WidenedSuite.Kind.EPISODE_FREE
                && !WidenedSessionAcceptanceTest.lowCardiac(r)).toList());
        BoutScore free = BoutScore.of(results.stream()
                .filter(r -> r.sessionCase().kind() == WidenedSuite.Kind.EPISODE_FREE).toList());
        System.out.println(String.format(Locale.ROOT, "%s with %s, seed sets 0-4: within range P %.3f R %.3f (n=%d) "
                + "outcome %.3f; episode-free hours %d false in %.0f h", device.token(), what, inRange.precision(),
                inRange.recall(), inRange.matches.size(), inRange.outcomeAccuracy(), free.falseEpisodes.size(),
                free.hours));

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(free.hours).as("episode-free hours").isEqualTo(FREE_HOURS);
        soft.assertThat(inRange.recall()).as("%s recall within range with %s (measured %.3f)", device.token(), what,
                        measuredRecall)
                .isGreaterThanOrEqualTo(measuredRecall - BoutScore.binomialSd(measuredRecall, inRange.matches.size()));
        soft.assertThat(free.falseEpisodes.size()).as("false episodes in the episode-free hours (measured %d)",
                measuredFreeFalse).isLessThanOrEqualTo(KnownGapHours.poissonBound(measuredFreeFalse));
        soft.assertAll();
    }
}
