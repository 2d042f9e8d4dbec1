package org.lacrima.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IirFilterTest {
    static IntStream seeds() {
        return IntStream.range(0, 8);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aResetFilterFiltersExactlyAsANewlyDesignedOne(int seed) {
        Random rnd = new Random(seed);
        double rateHz = 20 + rnd.nextInt(1000);
        IirFilter reused = IirFilter.butterworthBandPass(2, rateHz, 0.5, 8);
        for (int i = 0; i < 50 + rnd.nextInt(500); i++) {
            reused.step(100 + rnd.nextGaussian() * 10);
        }
        reused.reset();
        IirFilter fresh = IirFilter.butterworthBandPass(2, rateHz, 0.5, 8);

        double offset = rnd.nextGaussian() * 1000;
        for (int i = 0; i < 400; i++) {
            double x = offset + Math.sin(i * 2 * Math.PI * 1.2 / rateHz) * 50 + rnd.nextGaussian();
            assertThat(reused.step(x)).as("sample %d", i).isEqualTo(fresh.step(x));
        }
    }
}
