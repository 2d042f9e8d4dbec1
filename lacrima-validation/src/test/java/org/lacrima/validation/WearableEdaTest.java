package org.lacrima.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lacrima.core.eda.EdaAnalyzer;
import org.lacrima.core.eda.EdaConfig;
import org.lacrima.core.eda.EdaResult;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.quality.QualityIssue;

/**
 * Low-rate EDA from wearables: the Non-EEG dataset (8 Hz wrist, unit "NU") and WESAD's Empatica E4
 * (4 Hz, µS) go through the EDA stage with motion from their accelerometers, and give complete
 * series on the 4 Hz grid, SCRs and an honest mask.
 */
class WearableEdaTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"noneeg/Subject1_AccTempEDA.hea", "noneeg/Subject2_AccTempEDA.hea", "wesad-e4/S2/S2_E4_Data",
            "wesad-e4/S4/S4_E4_Data"})
    void wristEdaIsProcessed(String file) {
        Recording rec = DataFiles.read(file);
        Channel eda = rec.firstChannel(ChannelType.EDA).orElseThrow();

        EdaResult r = new EdaAnalyzer(EdaConfig.wrist()).analyze(rec).orElseThrow();

        double minutes = (eda.endSec() - eda.startOffsetSec()) / 60;
        System.out.printf(Locale.ROOT, "%s: EDA %.0f Hz, %.0f min, %d SCRs (%.1f /min), SCL median %.2f %s,"
                        + " good %.1f %%, %d bad stretches (%s)%n", file, eda.rateHz(), minutes, r.scrs().size(),
                r.scrs().size() / minutes, Series.median(r.scl(), 0, 1e9), eda.unit(),
                100 * r.quality().goodFraction(), r.quality().bad().size(),
                r.quality().bad().stream().map(b -> b.reason().description()).distinct().toList());
        assertThat(r.scl().length()).isEqualTo((int) Math.ceil((eda.endSec() - eda.startOffsetSec()) * 4 - 1e-9));
        assertThat(r.scrs()).isNotEmpty();
        assertThat(r.quality().goodFraction()).isGreaterThan(0.5);
        r.scrs().forEach(s -> assertThat(r.quality().isGood(s.onsetSec(), s.peakSec())).isTrue());
        if (eda.values().get(0) <= 0 && "uS".equals(eda.unit())) {
            // the E4 starts with zeros before the electrodes touch: reported, not hidden
            assertThat(r.quality().bad()).anyMatch(b -> b.reason() == QualityIssue.IMPLAUSIBLE && b.startSec() == 0);
        }
    }
}
