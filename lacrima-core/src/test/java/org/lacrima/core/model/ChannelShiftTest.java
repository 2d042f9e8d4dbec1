package org.lacrima.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Channel#shiftedBy}: every sample moves by the shift, values, label, type and unit stay, the original too. */
class ChannelShiftTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everySampleMovesByTheShiftAndNothingElseChanges(long seed) {
        Random random = new Random(seed);
        double shift = -100 + 200 * random.nextDouble();
        double[] values = random.doubles(50 + random.nextInt(200)).toArray();
        double[] times = new double[values.length];
        for (int i = 1; i < times.length; i++) {
            times[i] = times[i - 1] + 0.5 + random.nextDouble();
        }
        Channel regular = Channel.regular("EDA", ChannelType.EDA, "uS", 4, random.nextDouble(), Samples.wrap(values));
        Channel irregular = Channel.irregular("RR", ChannelType.RR, "s", Samples.wrap(times), Samples.wrap(values));

        for (Channel c : new Channel[] {regular, irregular}) {
            Channel moved = c.shiftedBy(shift);
            assertThat(moved.length()).isEqualTo(c.length());
            assertThat(moved.isRegular()).isEqualTo(c.isRegular());
            assertThat(moved.label()).isEqualTo(c.label());
            assertThat(moved.type()).isEqualTo(c.type());
            assertThat(moved.unit()).isEqualTo(c.unit());
            for (int i = 0; i < c.length(); i++) {
                assertThat(moved.timeOfSec(i)).isCloseTo(c.timeOfSec(i) + shift, within(1e-9));
                assertThat(moved.values().get(i)).isEqualTo(c.values().get(i));
            }
        }
        assertThat(irregular.timeOfSec(irregular.length() - 1)).isEqualTo(times[times.length - 1]);
    }
}
