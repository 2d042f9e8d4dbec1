package org.lacrima.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link WindowSpectrum}: each bin's power is the squared magnitude of the detrended, tapered window's DFT at that bin. */
class WindowSpectrumTest {

    /**
     * Seeded random windows (a tone, a slope and noise) and bin ranges of every length from none to nine, so that the
     * bins taken four at a time and the ones left over are both checked against the direct sum.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyBinIsTheDirectDftPower(long seed) {
        Random rnd = new Random(seed);
        int n = 64 + rnd.nextInt(400);
        double rateHz = 20 + 40 * rnd.nextDouble();
        double toneHz = 0.5 + 4 * rnd.nextDouble();
        double slope = rnd.nextGaussian();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(2 * Math.PI * toneHz * i / rateHz) + slope * i / n + 0.3 * rnd.nextGaussian();
        }
        WindowSpectrum spectrum = new WindowSpectrum(x, rateHz);
        double[] tapered = detrendedAndTapered(x);

        for (int bins = 0; bins <= 9; bins++) {
            int lo = 1 + rnd.nextInt(n / 2 - 10);
            double[] power = spectrum.power(lo, lo + bins - 1);
            assertThat(power).hasSize(bins);
            for (int b = 0; b < bins; b++) {
                double expected = dftPower(tapered, lo + b);
                assertThat(power[b]).as("bin %d", lo + b).isCloseTo(expected, within(1e-9 * (1 + expected)));
            }
        }
        assertThat(spectrum.binHz()).isCloseTo(rateHz / n, within(1e-12));
    }

    /** The window less its least-squares line, under a Hann taper (what the class documents). */
    private static double[] detrendedAndTapered(double[] x) {
        int n = x.length;
        double mt = (n - 1) / 2.0;
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - mt) * (x[i] - mx);
            sxx += (i - mt) * (i - mt);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = (0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1))) * (x[i] - mx - sxy / sxx * (i - mt));
        }
        return out;
    }

    private static double dftPower(double[] x, int bin) {
        double re = 0;
        double im = 0;
        for (int i = 0; i < x.length; i++) {
            double angle = 2 * Math.PI * bin * i / x.length;
            re += x[i] * Math.cos(angle);
            im -= x[i] * Math.sin(angle);
        }
        return re * re + im * im;
    }
}
