package org.lacrima.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;

class SignalQualityAssessorTest {
    private final SignalQualityAssessor assessor = new SignalQualityAssessor();

    private static double[] noisyEda(Random rnd, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 5 + Math.sin(i / 50.0) + 0.01 * rnd.nextGaussian();
        }
        return x;
    }

    private static Channel eda(double rateHz, double[] x) {
        return Channel.regular("EDA", ChannelType.EDA, "uS", rateHz, 0, Samples.wrap(x));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void eachDefectIsReportedWithItsReasonAndSpan(long seed) {
        Random rnd = new Random(seed);
        double rate = 4 + rnd.nextInt(60);
        int n = (int) (600 * rate);
        double[] x = noisyEda(rnd, n);
        double flatFrom = 50 + rnd.nextInt(50);
        double nanFrom = 200 + rnd.nextInt(50);
        double lowFrom = 350 + rnd.nextInt(50);
        fill(x, rate, flatFrom, flatFrom + 30, 4.2);
        fill(x, rate, nanFrom, nanFrom + 12, Double.NaN);
        fill(x, rate, lowFrom, lowFrom + 5, -0.3);

        QualityMask mask = assessor.assess(eda(rate, x));

        assertThat(span(mask, QualityIssue.FLAT_LINE)).containsExactly(new double[] {flatFrom, flatFrom + 30}, within(0.5));
        assertThat(span(mask, QualityIssue.DROPOUT)).containsExactly(new double[] {nanFrom, nanFrom + 12}, within(0.5));
        assertThat(span(mask, QualityIssue.IMPLAUSIBLE)).containsExactly(new double[] {lowFrom, lowFrom + 5}, within(0.5));
        assertThat(mask.goodFraction()).isCloseTo(1 - 47 / 600.0, within(0.01));
        assertThat(mask.warnings()).anyMatch(w -> w.contains("flat line")).anyMatch(w -> w.contains("dropout"));
    }

    @Test
    void clippingIsARunAtTheRail() {
        Random rnd = new Random(3);
        double[] x = noisyEda(rnd, 32 * 120);
        double rail = 6.5;
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.min(rail, x[i] + (i > 32 * 60 && i < 32 * 63 ? 3 : 0));
        }

        QualityMask mask = assessor.assess(eda(32, x));

        assertThat(mask.bad()).extracting(BadInterval::reason).contains(QualityIssue.CLIPPING);
        assertThat(mask.isGood(61.5)).isFalse();
        assertThat(mask.isGood(30)).isTrue();
    }

    @Test
    void aTwoSecondChannelIsTooShortNotAnError() {
        QualityMask mask = assessor.assess(eda(4, new double[] {1, 1.1, 1.2, 1.1, 1, 1, 1.1, 1.2}));

        assertThat(mask.bad()).singleElement().extracting(BadInterval::reason).isEqualTo(QualityIssue.TOO_SHORT);
        assertThat(mask.unusable()).isTrue();
    }

    @Test
    void heartRateOutsideThirtyToTwoTwentyIsImplausible() {
        double[] hr = new double[120];
        java.util.Arrays.fill(hr, 70);
        hr[40] = 250;
        hr[80] = 20;
        Channel ch = Channel.regular("HR", ChannelType.HR, "bpm", 1, 0, Samples.wrap(hr));

        QualityMask mask = assessor.assess(ch);

        assertThat(mask.bad()).extracting(BadInterval::reason).containsOnly(QualityIssue.IMPLAUSIBLE);
        assertThat(mask.isGood(40.5)).isFalse();
        assertThat(mask.isGood(80.5)).isFalse();
        assertThat(mask.isGood(60)).isTrue();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void shakingTheAccelerometerMarksMotion(long seed) {
        Random rnd = new Random(seed);
        double rate = 32;
        double[][] axes = new double[3][(int) (rate * 120)];
        double shakeFrom = 30 + rnd.nextInt(60);
        for (int i = 0; i < axes[0].length; i++) {
            double t = i / rate;
            boolean shaking = t >= shakeFrom && t < shakeFrom + 5;
            for (int a = 0; a < 3; a++) {
                axes[a][i] = (a == 2 ? 64 : 0) + rnd.nextGaussian() * (shaking ? 20 : 0.3);
            }
        }
        List<Channel> acc = List.of(
                Channel.regular("ACC x", ChannelType.ACC, "1/64g", rate, 0, Samples.wrap(axes[0])),
                Channel.regular("ACC y", ChannelType.ACC, "1/64g", rate, 0, Samples.wrap(axes[1])),
                Channel.regular("ACC z", ChannelType.ACC, "1/64g", rate, 0, Samples.wrap(axes[2])));

        List<BadInterval> motion = new MotionDetector().detect(acc, "EDA");

        assertThat(motion).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo(QualityIssue.MOTION);
            assertThat(b.startSec()).isBetween(shakeFrom - 2.1, shakeFrom);
            assertThat(b.endSec()).isBetween(shakeFrom + 5, shakeFrom + 7.1);
        });
    }

    private static void fill(double[] x, double rate, double fromSec, double toSec, double value) {
        for (int i = (int) Math.ceil(fromSec * rate); i < Math.ceil(toSec * rate); i++) {
            x[i] = value;
        }
    }

    private static double[] span(QualityMask mask, QualityIssue reason) {
        List<BadInterval> of = mask.bad().stream().filter(b -> b.reason() == reason).toList();
        assertThat(of).as(reason.description()).hasSize(1);
        return new double[] {of.get(0).startSec(), of.get(0).endSec()};
    }
}
