package org.lacrima.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.rsp.LaughterBreathingDetector;
import org.lacrima.core.rsp.RespirationAnalyzer;

/**
 * Laughter on the real belts of the shared data. NeuroKit's resting and image-viewing recordings (100 Hz) hold no laugh
 * that we know of, and the detector finds none. The drivedb drives (31 Hz belt, 80 min each, driver seated and
 * possibly talking) are unlabelled for laughter: what is found there is printed, and must stay a few brief stretches an
 * hour (a moving car shakes the belt too, and a driver may laugh).
 */
class RealBeltLaughterTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"neurokit/bio_resting_5min_100hz.csv", "neurokit/bio_resting_8min_100hz.csv",
            "neurokit/bio_eventrelated_100hz.csv"})
    void restingAndImageViewingBeltsHoldNoLaughter(String file) {
        assertThat(laughter(file)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"drivedb/drive05.hea", "drivedb/drive06.hea"})
    void drivesHoldAtMostAFewBriefStretches(String file) {
        List<BadInterval> found = laughter(file);
        assertThat(found.size()).isLessThanOrEqualTo(10);
        assertThat(found).allSatisfy(b -> assertThat(b.endSec() - b.startSec()).isLessThan(10));
    }

    private static List<BadInterval> laughter(String file) {
        Channel rsp = DataFiles.read(file).firstChannel(ChannelType.RSP).orElseThrow();
        List<BadInterval> found = LaughterBreathingDetector.detect(rsp, new RespirationAnalyzer().analyze(rsp).breaths());
        System.out.printf(Locale.ROOT, "Laughter on the real belt of %s (%.1f Hz, %.0f s): %d stretches %s%n", file,
                rsp.rateHz(), rsp.endSec() - rsp.startOffsetSec(), found.size(), found.stream()
                        .map(b -> String.format(Locale.ROOT, "%.0f-%.0f s", b.startSec(), b.endSec())).toList());
        return found;
    }
}
