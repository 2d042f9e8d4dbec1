package org.lacrima.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.QualityIssue;

/** Stretch warnings listed while few, summed up per channel and reason once they recur. */
class StageWarningsTest {

    @ParameterizedTest(name = "{0} motion stretches")
    @ValueSource(ints = {1, 2, 3, 4, 7, 30})
    void aRecurringReasonOnAChannelIsOneLineWithHowOftenAndHowLong(int count) {
        Random rnd = new Random(count);
        List<BadInterval> motion = new ArrayList<>();
        double t = 100;
        double total = 0;
        for (int i = 0; i < count; i++) {
            double length = 3 + 5 * rnd.nextDouble();
            motion.add(new BadInterval("EDA", t, t + length, QualityIssue.MOTION));
            total += length;
            t += length + 20 + 100 * rnd.nextDouble();
        }
        StageWarnings warnings = new StageWarnings();
        warnings.add(List.of("no respiration channel: breathing rate not assessed"));
        // blocks report in order, and a stretch reported twice counts once
        warnings.addStretches(motion.subList(0, count / 2 + 1));
        warnings.addStretches(motion.subList(count / 2, count));
        warnings.addStretches(List.of(new BadInterval("BVP", 10, 14, QualityIssue.MOTION)));
        warnings.add(List.of("no respiration channel: breathing rate not assessed"));

        List<String> lines = warnings.lines();

        assertThat(lines.get(0)).isEqualTo("no respiration channel: breathing rate not assessed");
        assertThat(lines).last().isEqualTo(new BadInterval("BVP", 10, 14, QualityIssue.MOTION).describe());
        List<String> eda = lines.stream().filter(l -> l.startsWith("EDA: ")).toList();
        if (count <= StageWarnings.LISTED) {
            assertThat(eda).containsExactlyElementsOf(motion.stream().map(BadInterval::describe).toList());
        } else {
            String inAll = total >= 120 ? String.format(java.util.Locale.ROOT, "%.1f min", total / 60)
                    : String.format(java.util.Locale.ROOT, "%.0f s", total);
            assertThat(eda).singleElement().asString()
                    .startsWith("EDA: " + QualityIssue.MOTION.description() + " in " + count + " stretches, ")
                    .contains(inAll + " in all")
                    .endsWith(String.format(java.util.Locale.ROOT, "between %.1f and %.1f s", motion.get(0).startSec(),
                            motion.get(count - 1).endSec()));
        }
        assertThat(lines).hasSize(1 + eda.size() + 1);
    }
}
