package org.lacrima.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Channel;
import org.lacrima.io.ReadOptions;
import org.lacrima.io.ReadResult;
import org.lacrima.io.RecordingReaders;

/**
 * Issue 13: a CSV's rate comes from its time column as a whole, not from one rounded step. Seeded
 * time columns at 1-2000 Hz written with 2-6 decimals, with and without jitter: the rate is within
 * 0.05 % and the duration within one sample period.
 */
class CsvRateEstimateTest {
    @TempDir
    Path dir;

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    private Path write(double rateHz, int decimals, int rows, double jitterPeriods, Random random) throws IOException {
        Path file = dir.resolve("rate.csv");
        String format = "%." + decimals + "f,%.3f%n";
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("time,EDA\n");
            for (int i = 0; i < rows; i++) {
                double t = (i + jitterPeriods * random.nextGaussian()) / rateHz + 1.0;
                out.write(String.format(Locale.ROOT, format, t, 2 + Math.sin(i / 50.0)));
            }
        }
        return file;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void rateWithinFiveHundredthsOfAPercentAndDurationWithinOneSample(int seed) throws IOException {
        Random random = new Random(seed);
        int decimals = 2 + random.nextInt(5);
        // a step must survive the rounding: at most half the rate the decimals resolve
        double maxRate = Math.min(2000, Math.pow(10, decimals) / 2);
        double rate = 1 + random.nextDouble() * (maxRate - 1);
        int rows = 3000 + random.nextInt(30000);
        double jitter = random.nextBoolean() ? 0.05 : 0;
        Path file = write(rate, decimals, rows, jitter, random);

        ReadResult r = RecordingReaders.read(file, ReadOptions.defaults());

        Channel eda = r.recording().channel("EDA").orElseThrow();
        assertThat(eda.length()).isEqualTo(rows);
        assertThat(eda.rateHz()).as("%d decimals, jitter %s, %s", decimals, jitter, r.warnings()).isCloseTo(rate, within(rate * 5e-4));
        assertThat(eda.length() / eda.rateHz()).isCloseTo(rows / rate, within(1 / rate));
    }

    /** The file: 128 Hz with 4-decimal times read as 128.205 Hz drifted 7.5 s over 78 minutes. */
    @Test
    void aLong128HzFileWithFourDecimalsKeepsItsTimes() throws IOException {
        int rows = 78 * 60 * 128;
        Path file = write(128, 4, rows, 0, new Random(1));

        Channel eda = RecordingReaders.read(file, ReadOptions.defaults()).recording().channel("EDA").orElseThrow();

        assertThat(eda.rateHz()).isCloseTo(128, within(128 * 1e-6));
        assertThat(eda.length() / eda.rateHz()).isCloseTo(rows / 128.0, within(1 / 128.0));
    }
}
