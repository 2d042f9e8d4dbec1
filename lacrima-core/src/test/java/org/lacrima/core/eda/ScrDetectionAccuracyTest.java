package org.lacrima.core.eda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScrDetectionAccuracyTest {

    @ParameterizedTest(name = "{0} Hz, seed {1}")
    @CsvSource({"4,1", "4,2", "4,3", "8,4", "32,5", "32,6", "100,7", "1000,8"})
    void findsResponsesOnADriftingLevel(double rateHz, long seed) {
        SyntheticEda sim = SyntheticEda.generate(seed, rateHz, 1200, 0.003);
        EdaConfig config = rateHz <= 8 ? EdaConfig.wrist() : EdaConfig.defaults();

        EdaResult result = new EdaAnalyzer(config).analyze(sim.channel());

        ScrAgreement a = ScrAgreement.score(result.scrs(), sim.onsetsSec(), sim.amplitudes(), 0.05, 1.5);
        System.out.printf(Locale.ROOT, "SCR synthetic %4.0f Hz seed %d: hits %d misses %d false %d F1 %.3f%n",
                rateHz, seed, a.hits(), a.misses(), a.falseDetections(), a.f1());
        assertThat(a.f1()).isGreaterThanOrEqualTo(0.9);
    }
}
