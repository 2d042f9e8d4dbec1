package org.lacrima.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lacrima.core.model.Samples;

class SpuriousBeatBurstsTest {
    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    /**
     * Ten minutes of sinus rhythm as a heart makes it: a resting rate of 50-110 bpm, a breathing swing of up to 15 %,
     * rises that shorten the interval by up to a third over 3-6 beats and ease back (a startle, standing up: vagal
     * withdrawal, which takes the breathing swing with it), and premature beats with their compensatory pause, some of
     * them in bigeminy runs.
     */
    private static List<Double> heart(Random r) {
        List<Double> beats = new ArrayList<>();
        double rr = 60 / (50 + 60 * r.nextDouble());
        double swing = 0.15 * r.nextDouble();
        double breathHz = 0.15 + 0.2 * r.nextDouble();
        double t = 0;
        double withdrawal = 0; // 0 at rest, 1 at the fastest rise: the interval a third shorter
        double target = 0;
        double step = 0;
        int bigeminy = 0;
        while (t < 600) {
            if (step == 0 && r.nextDouble() < 0.01) {
                target = r.nextDouble();
                step = target / (3 + r.nextInt(4));
            }
            withdrawal = step > 0 ? Math.min(target, withdrawal + step) : Math.max(0, withdrawal - 0.03);
            if (step > 0 && withdrawal >= target) {
                step = 0;
            }
            double interval = rr * (1 - withdrawal / 3)
                    * (1 - swing * (1 - withdrawal) * Math.sin(2 * Math.PI * breathHz * t));
            if (bigeminy > 0 || r.nextDouble() < 0.02) {
                bigeminy = bigeminy > 0 ? bigeminy - 1 : (r.nextBoolean() ? 0 : 2 + r.nextInt(10));
                double coupling = interval * (0.5 + 0.25 * r.nextDouble());
                beats.add(t += coupling);
                beats.add(t += 2 * interval - coupling); // the compensatory pause
                continue;
            }
            beats.add(t += interval);
        }
        return beats;
    }

    private static Samples times(List<Double> beats) {
        return Samples.wrap(beats.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aHeartsOwnRhythmHasNoBurst(long seed) {
        List<Double> beats = heart(new Random(seed));

        assertThat(SpuriousBeatBursts.detect(times(beats), "ECG")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void falseDetectionsInMovementNoiseAreFoundAndOnlyThere(long seed) {
        Random r = new Random(seed);
        List<Double> beats = heart(r);
        double from = 100 + 400 * r.nextDouble();
        double to = from + 3 + 5 * r.nextDouble();
        List<Double> noisy = new ArrayList<>(beats);
        int extra = 0;
        // noise humps between the true beats: one or two in most intervals of the stretch
        for (int i = 1; i < beats.size(); i++) {
            double a = beats.get(i - 1);
            double b = beats.get(i);
            if (a >= from && b <= to && r.nextDouble() < 0.8) {
                for (int k = 1 + r.nextInt(2); k > 0; k--) {
                    noisy.add(a + (b - a) * (0.2 + 0.6 * r.nextDouble()));
                    extra++;
                }
            }
        }
        noisy.sort(Double::compare);

        List<BadInterval> found = SpuriousBeatBursts.detect(times(noisy), "ECG");

        if (extra >= 4) {
            assertThat(found).as("%d false detections in %.1f-%.1f s", extra, from, to).isNotEmpty();
        }
        for (BadInterval b : found) {
            assertThat(b.reason()).isEqualTo(QualityIssue.SPURIOUS_BEATS);
            // a stretch reaches past the noise by at most a burst's span and an interval: a premature beat's short
            // interval next to the noise may join its burst
            double reach = SpuriousBeatBursts.SPAN_SEC + 2.5;
            assertThat(b.startSec()).isGreaterThan(from - reach);
            assertThat(b.endSec()).isLessThan(to + reach);
        }
    }

    @Test
    void anIsolatedExtraDetectionIsLeftToTheArtefactCorrection() {
        List<Double> beats = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            beats.add(i * 0.8);
        }
        beats.add(40.3); // splits one interval into two short ones
        beats.sort(Double::compare);

        assertThat(SpuriousBeatBursts.detect(times(beats), "ECG")).isEmpty();
    }

    @Test
    void theStretchCoversTheIntervalsAroundTheBurst() {
        List<Double> beats = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            beats.add(i * 1.0);
        }
        for (double t : new double[] {50.3, 50.6, 51.4, 52.5}) {
            beats.add(t);
        }
        beats.sort(Double::compare);

        List<BadInterval> found = SpuriousBeatBursts.detect(times(beats), "ECG");

        assertThat(found).hasSize(1);
        // the first short interval starts at the beat at 50 s and the last ends at 53 s; the intervals ending at 50 s
        // and starting at 53 s touch the stretch
        assertThat(found.get(0).startSec()).isLessThan(50).isGreaterThan(49.9);
        assertThat(found.get(0).endSec()).isGreaterThan(53).isLessThan(53.1);
        assertThat(found.get(0).overlaps(49, 50)).isTrue();
        assertThat(found.get(0).overlaps(53, 54)).isTrue();
        assertThat(found.get(0).overlaps(48, 49)).isFalse();
    }
}
