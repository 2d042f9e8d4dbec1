package org.lacrima.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lacrima.core.ecg.RPeakDetector;
import org.lacrima.core.eda.EdaAnalyzer;
import org.lacrima.core.eda.EdaResult;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.QualityMask;
import org.lacrima.core.quality.SignalQualityAssessor;
import org.lacrima.core.rsp.RespirationAnalyzer;
import org.lacrima.core.rsp.RspResult;

/**
 * drivedb drive05 and drive06: skin conductance responses and heart rate are higher while driving
 * than in the initial rest ({@link DriveProtocol} says how the two are located). SCRs are counted on
 * the hand GSR (the palmar site); heart rate is taken both from the device's HR channel (values
 * outside 30-220 bpm masked) and from R-peaks detected in the ECG.
 */
class DrivedbStressTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"drive05", "drive06"})
    void scrRateAndHeartRateRiseWhileDriving(String record) {
        Recording rec = DataFiles.read("drivedb/" + record + ".hea");
        DriveProtocol p = DriveProtocol.locate(rec);
        Channel hand = rec.channel("hand GSR").orElseThrow();
        Channel foot = rec.channel("foot GSR").orElseThrow();
        EdaAnalyzer eda = new EdaAnalyzer();

        EdaResult handResult = eda.analyze(hand);
        EdaResult footResult = eda.analyze(foot);
        double restScr = scrPerMin(handResult, p.restStartSec(), p.restEndSec());
        double driveScr = scrPerMin(handResult, p.drivingStartSec(), p.drivingEndSec());
        double restHr = deviceHr(rec, p.restStartSec(), p.restEndSec());
        double driveHr = deviceHr(rec, p.drivingStartSec(), p.drivingEndSec());
        Samples peaks = RPeakDetector.detect(rec.firstChannel(ChannelType.ECG).orElseThrow()).timesSec();
        double restEcgHr = ecgHr(peaks, p.restStartSec(), p.restEndSec());
        double driveEcgHr = ecgHr(peaks, p.drivingStartSec(), p.drivingEndSec());
        RspResult rsp = new RespirationAnalyzer().analyze(rec.firstChannel(ChannelType.RSP).orElseThrow());

        System.out.printf(Locale.ROOT, "%s: marker transitions %s s; rest %.0f-%.0f s, driving %.0f-%.0f s%n", record,
                p.transitionsSec().stream().map(t -> String.format(Locale.ROOT, "%.0f", t)).toList(),
                p.restStartSec(), p.restEndSec(), p.drivingStartSec(), p.drivingEndSec());
        System.out.printf(Locale.ROOT, "%s: SCR rate hand %.1f -> %.1f /min, foot %.1f -> %.1f /min; mean SCL hand"
                        + " %.2f -> %.2f; HR (device) %.1f -> %.1f bpm, HR (R-peaks) %.1f -> %.1f bpm;"
                        + " breathing %.1f -> %.1f /min (rest -> driving)%n", record, restScr, driveScr,
                scrPerMin(footResult, p.restStartSec(), p.restEndSec()),
                scrPerMin(footResult, p.drivingStartSec(), p.drivingEndSec()),
                Series.mean(handResult.scl(), p.restStartSec(), p.restEndSec()),
                Series.mean(handResult.scl(), p.drivingStartSec(), p.drivingEndSec()), restHr, driveHr, restEcgHr,
                driveEcgHr, Series.median(rsp.rate(), p.restStartSec(), p.restEndSec()),
                Series.median(rsp.rate(), p.drivingStartSec(), p.drivingEndSec()));

        assertThat(driveScr).isGreaterThan(restScr);
        assertThat(driveHr).isGreaterThan(restHr);
        assertThat(driveEcgHr).isGreaterThan(restEcgHr);
        assertThat(Series.median(rsp.rate(), p.restStartSec(), p.restEndSec())).isBetween(6.0, 30.0);
    }

    /** SCRs with onset in the span, per minute of good signal. */
    static double scrPerMin(EdaResult r, double fromSec, double toSec) {
        long n = r.scrs().stream().filter(s -> s.onsetSec() >= fromSec && s.onsetSec() < toSec).count();
        double goodSec = (toSec - fromSec) - r.quality().badSecondsWithin(fromSec, toSec);
        return n * 60.0 / goodSec;
    }

    private static double deviceHr(Recording rec, double fromSec, double toSec) {
        Channel hr = rec.channel("HR").orElseThrow().slice(fromSec, toSec);
        QualityMask mask = new SignalQualityAssessor().assess(hr);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < hr.length(); i++) {
            if (mask.isGood(hr.timeOfSec(i))) {
                sum += hr.values().get(i);
                n++;
            }
        }
        return sum / n;
    }

    /** 60 / median RR of the R-peaks in the span. */
    private static double ecgHr(Samples peaks, double fromSec, double toSec) {
        java.util.List<Double> rr = new java.util.ArrayList<>();
        for (int i = 1; i < peaks.length(); i++) {
            if (peaks.get(i - 1) >= fromSec && peaks.get(i) < toSec) {
                rr.add(peaks.get(i) - peaks.get(i - 1));
            }
        }
        rr.sort(null);
        return 60 / rr.get(rr.size() / 2);
    }
}
