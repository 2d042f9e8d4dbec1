package org.lacrima.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replacing a held value by another in one shift holds, bit for bit, what taking it out and putting the other in
 * holds, for values that repeat (a 1 ms grid), signed zeros and far outliers, windows of any width.
 */
class SortedValuesTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void replaceHoldsWhatRemoveThenAddHolds(long seed) {
        Random rnd = new Random(seed);
        int capacity = 1 + rnd.nextInt(120);
        SortedValues replaced = new SortedValues(capacity);
        SortedValues removedAndAdded = new SortedValues(capacity);
        List<Double> held = new ArrayList<>();
        for (int i = 0; i < capacity; i++) {
            double v = value(rnd);
            replaced.add(v);
            removedAndAdded.add(v);
            held.add(v);
        }
        for (int step = 0; step < 2000; step++) {
            double out = held.remove(rnd.nextInt(held.size()));
            double in = rnd.nextInt(10) == 0 ? out : value(rnd);
            held.add(in);
            replaced.replace(out, in);
            removedAndAdded.remove(out);
            removedAndAdded.add(in);
            for (int k = 0; k < capacity; k++) {
                double q = capacity == 1 ? 0 : (double) k / (capacity - 1);
                assertThat(Double.doubleToRawLongBits(replaced.quantile(q))).as("rank %d after %d steps", k, step)
                        .isEqualTo(Double.doubleToRawLongBits(removedAndAdded.quantile(q)));
            }
        }
    }

    private static double value(Random rnd) {
        return switch (rnd.nextInt(8)) {
            case 0 -> 0.0;
            case 1 -> -0.0;
            case 2 -> rnd.nextGaussian() * 1e4;
            default -> Math.rint(rnd.nextGaussian() * 30);
        };
    }
}
