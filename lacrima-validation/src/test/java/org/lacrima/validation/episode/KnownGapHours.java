package org.lacrima.validation.episode;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.assertj.core.api.SoftAssertions;
import org.lacrima.core.sim.ConfounderKind;
import org.lacrima.core.sim.DevicePreset;
import org.lacrima.core.sim.SimulationConfig;

/**
 * The episode-free hours of the acceptance's seed sets 0-4 (40 per device) simulated again with something the suite
 * leaves out, for a known gap: its false episodes per device, held by a bound from getting worse. The bound is the
 * count measured when the gap was first simulated plus one Poisson standard deviation, because a change anywhere in
 * the simulator re-draws the sessions.
 */
final class KnownGapHours {
    /** Episode-free hours per device and seed set. */
    private static final int HOURS_PER_SET = 8;

    private KnownGapHours() {
    }

    /** The episode-free hours with {@code change} applied to each configuration, named with {@code what}, analysed. */
    static List<WidenedSuite.Result> run(String what, UnaryOperator<SimulationConfig> change) {
        return WidenedSuite.runAll(WidenedSuite.casesWith(what, 0, 0, HOURS_PER_SET, change));
    }

    /** The false episodes of {@code results} per device. */
    static Map<DevicePreset, BoutScore> score(List<WidenedSuite.Result> results) {
        Map<DevicePreset, BoutScore> free = new EnumMap<>(DevicePreset.class);
        for (WidenedSuite.Result r : results) {
            free.computeIfAbsent(r.sessionCase().device(), k -> new BoutScore()).add(r.truth().episodes(),
                    r.analysis().episodes(), r.truth().confounders(), r.sessionCase().config().durationSec());
        }
        return free;
    }

    /** {@code config} with confounders of {@code kind} added to those it draws. */
    static SimulationConfig adding(SimulationConfig config, ConfounderKind kind) {
        Set<ConfounderKind> kinds = EnumSet.copyOf(config.confounders());
        kinds.add(kind);
        return config.withConfounders(kinds);
    }

    /**
     * Prints {@code results}' false episodes per device under {@code title} with how many confounders of {@code kind}
     * each device's hours hold, and asserts at least 20 of them per device and every device's false episodes within
     * its bound ({@link #assertWithinBounds}).
     */
    static void assertConfounderGap(String title, List<WidenedSuite.Result> results, ConfounderKind kind,
                                    Map<DevicePreset, Integer> measured) {
        Map<DevicePreset, BoutScore> free = score(results);
        Map<DevicePreset, Integer> counts = new EnumMap<>(DevicePreset.class);
        for (WidenedSuite.Result r : results) {
            counts.merge(r.sessionCase().device(),
                    (int) r.truth().confounders().stream().filter(c -> c.kind() == kind).count(), Integer::sum);
        }
        System.out.println(report(title, free) + " " + kind.token() + " " + counts);

        SoftAssertions soft = new SoftAssertions();
        counts.forEach((d, n) -> soft.assertThat(n).as("%s %s", d.token(), kind.token()).isGreaterThanOrEqualTo(20));
        assertWithinBounds(soft, free, measured);
        soft.assertAll();
    }

    /** One line: each device's false episodes in its hours. */
    static String report(String title, Map<DevicePreset, BoutScore> free) {
        StringBuilder report = new StringBuilder(title + ", episode-free hours of seed sets 0-4:");
        free.forEach((d, s) -> report.append(String.format(Locale.ROOT, " %s %d false in %.0f h,", d.token(),
                s.falseEpisodes.size(), s.hours)));
        return report.toString();
    }

    /**
     * The episode-free hours with {@code change} applied (named {@code what}), their false episodes printed under
     * {@code title}, and every device's within its bound ({@link #assertWithinBounds}).
     */
    static void assertNoWider(String what, String title, UnaryOperator<SimulationConfig> change,
                              Map<DevicePreset, Integer> measured) {
        Map<DevicePreset, BoutScore> free = score(run(what, change));
        System.out.println(report(title, free));

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(free).as("every device's hours").hasSize(measured.size());
        assertWithinBounds(soft, free, measured);
        soft.assertAll();
    }

    /** Asserts each device's false episodes within its measured count plus one Poisson standard deviation. */
    static void assertWithinBounds(SoftAssertions soft, Map<DevicePreset, BoutScore> free,
                                   Map<DevicePreset, Integer> measured) {
        free.forEach((d, s) -> {
            int m = measured.getOrDefault(d, 0);
            soft.assertThat(s.falseEpisodes.size()).as("%s false episodes (measured %d; known gap)", d.token(), m)
                    .isLessThanOrEqualTo(poissonBound(m));
        });
    }

    /** A measured count of false episodes plus one Poisson standard deviation (at least one), rounded up. */
    static int poissonBound(int measured) {
        return measured + (int) Math.ceil(Math.sqrt(Math.max(1, measured)));
    }
}
