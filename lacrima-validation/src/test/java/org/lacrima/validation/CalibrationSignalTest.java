package org.lacrima.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.analysis.AnalysisOptions;
import org.lacrima.core.analysis.ChannelSummary;
import org.lacrima.core.analysis.SessionAnalysis;
import org.lacrima.core.analysis.SessionAnalyzer;
import org.lacrima.core.ecg.BeatMatching;
import org.lacrima.core.ecg.RPeakDetector;
import org.lacrima.core.ecg.RPeaks;
import org.lacrima.core.model.BeatAnnotation;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.CalibrationPulseDetector;
import org.lacrima.core.quality.QualityIssue;
import org.lacrima.core.quality.QualityMask;
import org.lacrima.core.quality.SignalQualityAssessor;

/**
 * A Holter recording that starts with a calibration square wave (the ISHNE example in
 * ../shared/data/foreign/ishne begins with about 98 s of a ±0.5 mV 2 Hz one), built from MIT-BIH 100:
 * the calibration must be marked unusable and give no beats, and the beats after it must still be
 * found. The real recordings have no calibration signal and must not get one.
 */
class CalibrationSignalTest {
    private static final double ECG_SEC = 600;

    /** MIT-BIH 100's first lead for {@link #ECG_SEC} s, after {@code calibrationSec} of a square wave at its own quantisation. */
    private static Channel withCalibration(Channel ecg, double calibrationSec, double hz, double amplitudeMv) {
        double rate = ecg.rateHz();
        int pre = (int) Math.round(calibrationSec * rate);
        int n = (int) Math.round(ECG_SEC * rate);
        double[] x = new double[pre + n];
        double baseline = ecg.values().get(0);
        for (int i = 0; i < pre; i++) {
            // high for the first half of each period
            boolean high = (i * hz / rate) % 1.0 < 0.5;
            x[i] = baseline + (high ? amplitudeMv : -amplitudeMv);
        }
        ecg.values().slice(0, n).copyInto(x, pre);
        return Channel.regular(ecg.label(), ChannelType.ECG, ecg.unit(), rate, 0, Samples.wrap(x));
    }

    private static Recording mitdb100() {
        return DataFiles.read("mitdb/100.hea");
    }

    @ParameterizedTest(name = "{0} s at {1} Hz, ±{2} mV")
    @CsvSource({"98, 2, 0.5", "60, 1, 0.5", "30, 2, 1.0", "45, 1, 0.25"})
    void aCalibrationSquareWaveIsUnusableAndGivesNoBeats(double calibrationSec, double hz, double amplitudeMv) {
        Recording source = mitdb100();
        Channel ecg = withCalibration(source.channels().get(0), calibrationSec, hz, amplitudeMv);
        double[] reference = source.referenceBeats().stream().mapToDouble(BeatAnnotation::timeSec)
                .filter(t -> t < ECG_SEC - 1).map(t -> t + calibrationSec).toArray();

        QualityMask mask = new SignalQualityAssessor().assess(ecg);
        List<BadInterval> calibration = mask.bad().stream().filter(b -> b.reason() == QualityIssue.CALIBRATION).toList();
        RPeaks unmasked = RPeakDetector.detect(ecg);
        RPeaks peaks = RPeakDetector.detect(ecg, calibration);
        double[] found = peaks.timesSec().toArray();
        BeatMatching m = BeatMatching.of(reference, java.util.Arrays.stream(found).filter(t -> t < ECG_SEC + calibrationSec - 1)
                .toArray(), 0.150);
        long inCalibrationUnmasked = java.util.Arrays.stream(unmasked.timesSec().toArray()).filter(t -> t < calibrationSec).count();
        System.out.printf(Locale.ROOT, "calibration %.0f s at %.0f Hz ±%.2f mV before MIT-BIH 100: marked %s;"
                        + " ECG usable %.1f %%; R-peaks in the calibration %d unmasked, %d masked; after it Se %.2f %%"
                        + " +P %.2f %%%n", calibrationSec, hz, amplitudeMv,
                calibration.stream().map(BadInterval::describe).toList(), 100 * mask.goodFraction(),
                inCalibrationUnmasked, java.util.Arrays.stream(found).filter(t -> t < calibrationSec).count(),
                m.sensitivityPercent(), m.positivePredictivityPercent());

        assertThat(inCalibrationUnmasked).as("the problem is real").isGreaterThan((long) calibrationSec);
        assertThat(calibration).singleElement().satisfies(b -> {
            assertThat(b.startSec()).isEqualTo(0);
            assertThat(b.endSec()).isBetween(calibrationSec, calibrationSec + 0.5);
        });
        assertThat(java.util.Arrays.stream(found).min().orElseThrow()).isGreaterThanOrEqualTo(calibrationSec);
        assertThat(m.sensitivityPercent()).isGreaterThanOrEqualTo(99.5);
        assertThat(m.positivePredictivityPercent()).isGreaterThanOrEqualTo(99.5);
    }

    @org.junit.jupiter.api.Test
    void theSessionAnalysisRatesTheCalibrationUnusableAndSaysSo() {
        Recording source = mitdb100();
        Channel ecg = withCalibration(source.channels().get(0), 98, 2, 0.5);
        Recording recording = new Recording(source.metadata(), List.of(ecg), List.of());

        SessionAnalysis a = new SessionAnalyzer(AnalysisOptions.defaults().withMarkers(true)).analyze(recording);

        ChannelSummary summary = a.channels().get(0);
        System.out.printf(Locale.ROOT, "session analysis, 98 s calibration + 600 s MIT-BIH 100: ECG good %.1f %%, %d R-peaks,"
                + " first at %.2f s; warnings %s%n", 100 * summary.goodFraction(), a.markers().rPeaksSec().length(),
                a.markers().rPeaksSec().get(0), a.warnings().stream().filter(w -> w.contains("calibration")).toList());
        assertThat(summary.goodFraction()).isLessThan(1 - 95.0 / 698);
        assertThat(a.markers().rPeaksSec().get(0)).isGreaterThanOrEqualTo(98);
        assertThat(a.warnings()).anyMatch(w -> w.contains("calibration signal 0.0-"));
        assertThat(a.index("hr").orElseThrow().values().get(4 * 50)).isNaN();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mitdb/100.hea", "mitdb/208.hea", "svdb/800.hea"})
    void realRecordingsHaveNoCalibrationSignal(String record) {
        for (Channel c : DataFiles.read(record).channels()) {
            assertThat(new CalibrationPulseDetector().detect(c)).as(c.label()).isEmpty();
        }
    }
}
