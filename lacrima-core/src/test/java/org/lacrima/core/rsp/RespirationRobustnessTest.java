package org.lacrima.core.rsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.RegularSeries;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;

class RespirationRobustnessTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"flat", "clipped", "nan", "twoSeconds", "empty", "flatStretch"})
    void badChannelsGiveGapsAndWarningsNeverAnException(String defect) {
        double rate = 25;
        double[] x = SyntheticBreathing.generate(5, rate, 300, false).channel().values().toArray();
        double max = Arrays.stream(x).max().orElseThrow();
        switch (defect) {
            case "flat" -> Arrays.fill(x, 0.3);
            case "clipped" -> {
                double rail = 0.6 * max;
                for (int i = 0; i < x.length; i++) {
                    x[i] = Math.min(x[i], rail);
                }
            }
            case "nan" -> Arrays.fill(x, Double.NaN);
            case "twoSeconds" -> x = Arrays.copyOf(x, (int) (2 * rate));
            case "empty" -> x = new double[0];
            case "flatStretch" -> Arrays.fill(x, (int) (100 * rate), (int) (160 * rate), x[(int) (100 * rate)]);
            default -> throw new IllegalArgumentException(defect);
        }
        Channel ch = Channel.regular("RSP", ChannelType.RSP, "au", rate, 0, Samples.wrap(x));

        RspResult r = new RespirationAnalyzer().analyze(ch);

        assertThat(r.warnings()).isNotEmpty();
        assertThat(r.quality().bad()).isNotEmpty();
        double badMid = (r.quality().bad().get(0).startSec() + r.quality().bad().get(0).endSec()) / 2;
        for (RegularSeries s : r.gridSeries()) {
            assertThat(s.length()).isEqualTo((int) Math.ceil(x.length / rate * 4 - 1e-9));
            int i = (int) Math.round((badMid - s.startSec()) * s.rateHz());
            if (i >= 0 && i < s.length()) {
                assertThat(s.values().get(i)).as(s.name() + " inside the bad stretch").isNaN();
            }
        }
        r.breaths().forEach(b -> assertThat(r.quality().isGood(b.onsetSec(), b.peakSec())).isTrue());
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(doubles = {10, 31, 100})
    void growingSignalGivesTheSameBreathsAwayFromTheEdge(double rate) {
        Channel whole = SyntheticBreathing.generate(8, rate, 600, true).channel();
        RespirationAnalyzer analyzer = new RespirationAnalyzer();
        RspResult full = analyzer.analyze(whole);

        for (double cut : new double[] {150, 333.3, 480}) {
            RspResult prefix = analyzer.analyze(whole.slice(0, cut));
            double settled = cut - analyzer.lookAheadSec();
            List<Breath> early = prefix.breaths().stream().filter(b -> b.peakSec() < settled).toList();
            List<Breath> expected = full.breaths().stream().filter(b -> b.peakSec() < settled).toList();
            assertThat(early).isEqualTo(expected);
            for (int i = 0; i < prefix.rate().length() && prefix.rate().timeOfSec(i) < settled; i++) {
                // boxed, so that a gap (NaN) equals a gap
                assertThat(Double.compare(prefix.rate().values().get(i), full.rate().values().get(i))).isZero();
                assertThat(Double.compare(prefix.irregularity().values().get(i), full.irregularity().values().get(i)))
                        .isZero();
            }
        }
    }
}
