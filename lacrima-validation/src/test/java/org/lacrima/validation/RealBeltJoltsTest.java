package org.lacrima.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.ExertionDetector;
import org.lacrima.core.rsp.BeltJoltDetector;

/**
 * Trunk jolts ({@link BeltJoltDetector}) on the real belts of the shared data, none of whose wearers walked: NeuroKit's
 * seated resting and image-viewing recordings (100 Hz), and the drivedb drives (31 Hz, 80 min each), seated in a moving
 * car whose vibration, and the heartbeat's own oscillation in the belt, add power above the breaths. Neither must hold a
 * jolting stretch as long as the shortest walk an accelerometer counts ({@link ExertionDetector#MIN_SEC}), and jolting
 * windows must stay rare.
 */
class RealBeltJoltsTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"neurokit/bio_resting_5min_100hz.csv", "neurokit/bio_resting_8min_100hz.csv",
            "neurokit/bio_eventrelated_100hz.csv", "drivedb/drive05.hea", "drivedb/drive06.hea"})
    void seatedBeltsHoldNoWalkLongJolting(String file) {
        Channel rsp = DataFiles.read(file).firstChannel(ChannelType.RSP).orElseThrow();
        List<BadInterval> jolts = new BeltJoltDetector().detect(rsp, 0, Double.POSITIVE_INFINITY, "belt");
        double jolting = jolts.stream().mapToDouble(BadInterval::durationSec).sum();
        double length = rsp.endSec() - rsp.startOffsetSec();
        System.out.printf(Locale.ROOT, "Jolts on the real belt of %s (%.1f Hz, %.0f s): %.0f s in %d stretches, longest %.0f s%n",
                file, rsp.rateHz(), length, jolting, jolts.size(),
                jolts.stream().mapToDouble(BadInterval::durationSec).max().orElse(0));
        assertThat(jolts).allSatisfy(j -> assertThat(j.durationSec()).isLessThan(ExertionDetector.MIN_SEC));
        assertThat(jolting).isLessThan(0.01 * length);
    }
}
