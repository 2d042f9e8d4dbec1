package org.lacrima.core.hrv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.filter.DoubleBuffer;
import org.lacrima.core.model.Samples;

class HrvAnalyzerTest {
    static IntStream seeds() {
        return IntStream.range(0, 8);
    }

    /** Beats whose intervals follow {@code meanMs + amplitudeMs * sin(2 pi f t)} over {@code durationSec}. */
    static RrSeries sinusoidalRr(double meanMs, double amplitudeMs, double freqHz, double durationSec) {
        DoubleBuffer beats = new DoubleBuffer();
        double t = 0;
        while (t < durationSec) {
            beats.add(t);
            t += (meanMs + amplitudeMs * Math.sin(2 * Math.PI * freqHz * t)) / 1000;
        }
        return RrSeries.fromBeats(beats.toSamples());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aRespiratoryOscillationShowsAsHfPowerOfItsVariance(int seed) {
        Random rnd = new Random(seed);
        double amplitude = 10 + 50 * rnd.nextDouble();
        double freq = 0.18 + 0.18 * rnd.nextDouble();
        RrSeries rr = sinusoidalRr(700 + 400 * rnd.nextDouble(), amplitude, freq, 300);

        HrvSummary s = HrvAnalyzer.summarize(rr, 0, 300);

        double variance = amplitude * amplitude / 2;
        assertThat(s.hfPowerMs2()).isCloseTo(variance, within(0.2 * variance));
        assertThat(s.lfPowerMs2()).isLessThan(0.1 * variance);
        assertThat(s.sdnnMs()).isCloseTo(amplitude / Math.sqrt(2), within(0.1 * amplitude));
        assertThat(s.warnings()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aSlowOscillationShowsAsLfPower(int seed) {
        Random rnd = new Random(seed);
        double amplitude = 10 + 50 * rnd.nextDouble();
        double freq = 0.06 + 0.07 * rnd.nextDouble();
        RrSeries rr = sinusoidalRr(900, amplitude, freq, 300);

        HrvSummary s = HrvAnalyzer.summarize(rr, 0, 300);

        double variance = amplitude * amplitude / 2;
        assertThat(s.lfPowerMs2()).isCloseTo(variance, within(0.2 * variance));
        assertThat(s.hfPowerMs2()).isLessThan(0.1 * variance);
    }

    @Test
    void timeDomainFiguresOfAnAlternatingRhythm() {
        // 800, 860, 800, 860 ... ms: every successive difference is 60 ms
        double[] beats = new double[201];
        for (int i = 1; i < beats.length; i++) {
            beats[i] = beats[i - 1] + (i % 2 == 1 ? 0.8 : 0.86);
        }
        HrvSummary s = HrvAnalyzer.summarize(RrSeries.fromBeats(Samples.wrap(beats)), 0, 1000);

        assertThat(s.intervals()).isEqualTo(200);
        assertThat(s.meanNnMs()).isCloseTo(830, within(1e-6));
        assertThat(s.meanHrBpm()).isCloseTo(60000 / 830.0, within(1e-6));
        assertThat(s.rmssdMs()).isCloseTo(60, within(1e-6));
        assertThat(s.pnn50Percent()).isCloseTo(100, within(1e-9));
        assertThat(s.sdnnMs()).isCloseTo(30 * Math.sqrt(200.0 / 199), within(1e-6));
    }

    @Test
    void aShortIntervalHasTimeDomainFiguresButNoLfPower() {
        RrSeries rr = sinusoidalRr(800, 30, 0.25, 300);

        HrvSummary s = HrvAnalyzer.summarize(rr, 100, 130);

        assertThat(s.meanHrBpm()).isCloseTo(75, within(2.0));
        assertThat(s.lfPowerMs2()).isNaN();
        assertThat(s.hfPowerMs2()).isFinite();
        assertThat(s.warnings()).singleElement().asString().contains("LF");
    }

    @Test
    void tooFewBeatsGiveNanAndAReason() {
        HrvSummary s = HrvAnalyzer.summarize(RrSeries.fromBeats(Samples.wrap(new double[] {1, 2})), 0, 10);

        assertThat(s.meanHrBpm()).isNaN();
        assertThat(s.rmssdMs()).isNaN();
        assertThat(s.warnings()).isNotEmpty();
    }
}
