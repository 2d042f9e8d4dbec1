package org.lacrima.validation;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.ExertionDetector;
import org.lacrima.core.rsp.BeltStepDetector;

/** Diagnostic, off unless {@code -Dlacrima.probe=true}: the belt's stepping stretches on real seated recordings. */
@EnabledIfSystemProperty(named = "lacrima.probe", matches = "true")
class BeltStepRealProbeTest {
    @ParameterizedTest
    @ValueSource(strings = {"drivedb/drive05.hea", "drivedb/drive06.hea"})
    void printSteps(String file) {
        Recording recording = DataFiles.read(file);
        Channel rsp = recording.firstChannel(ChannelType.RSP).orElseThrow();
        Channel hr = recording.firstChannel(ChannelType.HR).orElse(null);
        List<BadInterval> steps = BeltStepDetector.detect(rsp, 0, Double.POSITIVE_INFINITY, "belt", hr == null ? null
                : (from, to) -> {
                    Channel part = hr.slice(from, to);
                    double sum = 0;
                    for (int i = 0; i < part.length(); i++) {
                        sum += part.values().get(i);
                    }
                    return part.length() == 0 ? Double.NaN : sum / part.length() / 60;
                });
        double flagged = steps.stream().mapToDouble(BadInterval::durationSec).sum();
        System.out.printf(Locale.ROOT, "%s: belt %.1f Hz, %.0f of %.0f s flagged%n", file, rsp.rateHz(), flagged, rsp.endSec());
        int n = (int) Math.round(BeltStepDetector.WINDOW_SEC * rsp.rateHz());
        double[] x = new double[n];
        for (BadInterval e : ExertionDetector.detect(steps, "belt")) {
            double t = e.startSec();
            int i0 = (int) Math.round((t - rsp.startOffsetSec()) * rsp.rateHz());
            for (int i = 0; i < n && i0 + i < rsp.length(); i++) {
                x[i] = rsp.values().get(i0 + i);
            }
            double[] line = BeltStepDetector.strongestLine(x, rsp.rateHz());
            double bpm = Double.NaN;
            if (hr != null) {
                Channel part = hr.slice(t, t + 8);
                bpm = 0;
                for (int i = 0; i < part.length(); i++) {
                    bpm += part.values().get(i) / part.length();
                }
            }
            System.out.printf(Locale.ROOT, "  exertion %.0f-%.0f s: line %.2f Hz (%.0f /min) share %.2f, heart %.0f bpm%n",
                    e.startSec(), e.endSec(), line[0], 60 * line[0], line[1], bpm);
        }
    }
}
