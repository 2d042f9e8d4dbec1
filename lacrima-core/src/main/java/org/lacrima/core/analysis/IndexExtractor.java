package org.lacrima.core.analysis;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lacrima.core.ecg.RPeakDetector;
import org.lacrima.core.ecg.RPeaks;
import org.lacrima.core.eda.EdaAnalyzer;
import org.lacrima.core.eda.EdaConfig;
import org.lacrima.core.eda.EdaResult;
import org.lacrima.core.eda.Scr;
import org.lacrima.core.hrv.NnResampler;
import org.lacrima.core.hrv.RrCorrector;
import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.hrv.RsaEstimator;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;
import org.lacrima.core.ppg.PulsePeakDetector;
import org.lacrima.core.ppg.PulsePeaks;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.CalibrationPulseDetector;
import org.lacrima.core.quality.QualityMask;
import org.lacrima.core.rsp.Breath;
import org.lacrima.core.rsp.RespirationAnalyzer;
import org.lacrima.core.rsp.RspResult;
import org.lacrima.core.rsp.SpeechBreathingDetector;

/**
 * Turns a window of raw channels into the 4 Hz indices (hr, rsa, scl, scrRate, scrAmplitude,
 * breathingRate, irregularity) for one block of grid points, and the markers inside the block, by
 * calling the signal-processing stages. The window carries context before and after the block so
 * the stages' filters and beat windows are settled inside it. Accelerometer movement masks EDA
 * (SCRs, SCL) and PPG (pulses, the intervals around them), each widened by how long its sensor
 * takes to recover, and is reported as a quality warning per masked stretch; a calibration signal
 * on the ECG ({@link CalibrationPulseDetector}) gives no beats and is reported likewise. Walking and
 * other sustained movement blanks every index of its stretch and recovery ({@link ExertionMask}); talking
 * ({@link SpeechBreathingDetector}) blanks breathing rate and irregularity.
 */
final class IndexExtractor {
    /** Half-width of the averaging that puts a device heart-rate channel on the grid, seconds. */
    private static final double DEVICE_HR_HALF_WINDOW_SEC = 2.0;
    /** RSA window: 30 s follows a crying episode and still holds several breaths. */
    private static final double RSA_WINDOW_SEC = 30;
    /** Below this EDA rate the recording is taken to be a wrist device (E4: 4 Hz). */
    private static final double WRIST_EDA_MAX_RATE_HZ = 8;
    private static final CalibrationPulseDetector CALIBRATION = new CalibrationPulseDetector();
    /** The respiration indices that speech breathing makes meaningless (RSA is kept: its band follows the breaths). */
    private static final Set<String> SPEECH_BLANKED = Set.of("breathingRate", "irregularity");

    private final AnalysisOptions options;
    private final Set<String> warnings = new LinkedHashSet<>();

    IndexExtractor(AnalysisOptions options) {
        this.options = options;
    }

    /** Stage warnings so far, without repeats. */
    Collection<String> warnings() {
        return warnings;
    }

    /**
     * Fills {@code block} from the window channels (one per type, chosen by {@link ChannelSelection});
     * markers are kept when they fall in the block's own span {@code [fromSec, toSec)}.
     *
     * @param moving the accelerometer's moving stretches in the window, unwidened (empty without one)
     */
    void extract(Map<ChannelType, Channel> window, List<BadInterval> moving, IndexBlock block, double rateHz,
                 double fromSec, double toSec) {
        Samples breathOnsets = Samples.empty();
        Channel rsp = window.get(ChannelType.RSP);
        if (rsp != null && rsp.length() > 0) {
            RspResult r = new RespirationAnalyzer().analyze(rsp);
            copy(r.rate().values(), r.rate().startSec(), r.rate().rateHz(), block.row("breathingRate"), block, rateHz);
            copy(r.irregularity().values(), r.irregularity().startSec(), r.irregularity().rateHz(),
                    block.row("irregularity"), block, rateHz);
            // speech paces the breath: rate and irregularity then describe the talking, not arousal or sobbing
            List<BadInterval> speech = SpeechBreathingDetector.detect(r.breaths(), rsp.label());
            StretchBlanking.blank(block, speech, rateHz, SPEECH_BLANKED);
            warnings.addAll(describedFrom(speech, fromSec, toSec));
            breathOnsets = Samples.wrap(r.onsetsSec());
            for (Breath b : r.breaths()) {
                if (b.onsetSec() >= fromSec && b.onsetSec() < toSec) {
                    block.breathsSec.add(b.onsetSec());
                }
            }
            warnings.addAll(r.warnings());
        }
        Channel eda = window.get(ChannelType.EDA);
        if (eda != null && eda.length() > 0) {
            skinConductance(eda, moving, block, rateHz, fromSec, toSec);
        }
        RrSeries nn = normalIntervals(window, moving, block, fromSec, toSec);
        if (nn != null) {
            double[] hr = block.row("hr");
            copy(NnResampler.heartRate(nn, fromSec, rateHz, block.length).values(), fromSec, rateHz, hr, block, rateHz);
            var rsa = RsaEstimator.estimate(nn, fromSec, toSec, RSA_WINDOW_SEC, breathOnsets).rsa();
            copy(rsa.values(), rsa.startSec(), rsa.rateHz(), block.row("rsa"), block, rateHz);
        } else if (window.containsKey(ChannelType.HR)) {
            deviceHeartRate(window.get(ChannelType.HR), block.row("hr"), block, rateHz);
        }
        warnings.addAll(describedFrom(ExertionMask.apply(moving, block, rateHz), fromSec, toSec));
    }

    private void skinConductance(Channel eda, List<BadInterval> moving, IndexBlock block, double rateHz, double fromSec,
                                 double toSec) {
        EdaConfig config = eda.rateHz() <= WRIST_EDA_MAX_RATE_HZ ? EdaConfig.wrist() : EdaConfig.defaults();
        if (Double.isFinite(options.scrThresholdMicrosiemens())) {
            config = config.withAmplitudeThreshold(options.scrThresholdMicrosiemens());
        }
        List<BadInterval> motion = eda.length() == 0 ? List.of()
                : MotionFeed.corrupted(ChannelType.EDA, moving, eda.label(), eda.timeOfSec(0));
        EdaResult r = new EdaAnalyzer(config).analyze(eda, motion);
        copy(r.scl().values(), r.scl().startSec(), r.scl().rateHz(), block.row("scl"), block, rateHz);
        copy(r.scrRate().values(), r.scrRate().startSec(), r.scrRate().rateHz(), block.row("scrRate"), block, rateHz);
        copy(r.scrAmplitude().values(), r.scrAmplitude().startSec(), r.scrAmplitude().rateHz(),
                block.row("scrAmplitude"), block, rateHz);
        for (Scr s : r.scrs()) {
            if (s.onsetSec() >= fromSec && s.onsetSec() < toSec) {
                block.scrs.add(s);
            }
        }
        warnings.addAll(r.warnings());
    }

    /** Artefact-corrected NN intervals from ECG, else RR intervals, else PPG pulses, else {@code null}. */
    private RrSeries normalIntervals(Map<ChannelType, Channel> window, List<BadInterval> moving, IndexBlock block,
                                     double fromSec, double toSec) {
        Channel ecg = window.get(ChannelType.ECG);
        if (ecg != null && ecg.length() > 0) {
            List<BadInterval> calibration = CALIBRATION.detect(ecg);
            warnings.addAll(describedFrom(calibration, fromSec, toSec));
            RPeaks peaks = RPeakDetector.detect(ecg, calibration);
            warnings.addAll(peaks.warnings());
            for (int i = 0; i < peaks.timesSec().length(); i++) {
                double t = peaks.timesSec().get(i);
                if (t >= fromSec && t < toSec) {
                    block.rPeaksSec.add(t);
                }
            }
            return RrCorrector.correct(intervalsOutside(peaks.timesSec(),
                    QualityMask.allGood(ecg.label(), fromSec, toSec).with(calibration))).nn();
        }
        Channel rr = window.get(ChannelType.RR);
        if (rr != null && rr.length() > 1 && !rr.isRegular()) {
            return intervals(rr);
        }
        Channel ppg = window.get(ChannelType.PPG);
        if (ppg != null && ppg.length() > 0) {
            PulsePeaks pulses = PulsePeakDetector.detect(ppg);
            warnings.addAll(pulses.warnings());
            QualityMask motion = QualityMask.allGood(ppg.label(), fromSec, toSec)
                    .with(MotionFeed.corrupted(ChannelType.PPG, moving, ppg.label(), ppg.timeOfSec(0)));
            warnings.addAll(describedFrom(motion.bad(), fromSec, toSec));
            for (int i = 0; i < pulses.timesSec().length(); i++) {
                double t = pulses.timesSec().get(i);
                if (t >= fromSec && t < toSec && motion.isGood(t)) {
                    block.pulsePeaksSec.add(t);
                }
            }
            return RrCorrector.correct(intervalsOutside(pulses.timesSec(), motion)).nn();
        }
        return null;
    }

    /** Warning lines for the bad stretches that start in {@code [fromSec, toSec)}, so each is reported by one block. */
    private static List<String> describedFrom(List<BadInterval> bad, double fromSec, double toSec) {
        return bad.stream().filter(b -> b.startSec() >= fromSec && b.startSec() < toSec).map(BadInterval::describe)
                .toList();
    }

    /** The intervals between consecutive beats that touch no bad stretch of {@code mask} (a gap where they do). */
    private static RrSeries intervalsOutside(Samples beatsSec, QualityMask mask) {
        RrSeries all = RrSeries.fromBeats(beatsSec);
        if (mask.bad().isEmpty()) {
            return all;
        }
        double[] times = new double[all.length()];
        double[] intervals = new double[all.length()];
        int k = 0;
        for (int i = 0; i < all.length(); i++) {
            if (mask.isGood(all.startSec(i), all.timesSec().get(i))) {
                times[k] = all.timesSec().get(i);
                intervals[k++] = all.intervalsMs().get(i);
            }
        }
        return RrSeries.fromIntervals(Samples.wrap(java.util.Arrays.copyOf(times, k)),
                Samples.wrap(java.util.Arrays.copyOf(intervals, k)));
    }

    /** Device RR intervals (seconds or milliseconds) as an artefact-corrected NN series. */
    private static RrSeries intervals(Channel rr) {
        double toMs = rr.unit().toLowerCase(Locale.ROOT).startsWith("ms") ? 1 : 1000;
        double[] ms = rr.values().toArray();
        for (int i = 0; i < ms.length; i++) {
            ms[i] *= toMs;
        }
        return RrCorrector.correct(RrSeries.fromIntervals(rr.timesSec(), Samples.wrap(ms))).nn();
    }

    private static void deviceHeartRate(Channel hr, double[] out, IndexBlock block, double rateHz) {
        for (int i = 0; i < out.length; i++) {
            double t = block.timeSec(i, rateHz);
            Channel part = hr.slice(t - DEVICE_HR_HALF_WINDOW_SEC, t + DEVICE_HR_HALF_WINDOW_SEC);
            double sum = 0;
            int n = 0;
            for (int j = 0; j < part.length(); j++) {
                double v = part.values().get(j);
                if (Double.isFinite(v) && v > 20 && v < 250) {
                    sum += v;
                    n++;
                }
            }
            out[i] = n == 0 ? Double.NaN : sum / n;
        }
    }

    /** Puts a stage's grid series onto the block's grid points (nearest point; the grids are aligned). */
    private static void copy(Samples values, double startSec, double seriesRateHz, double[] out, IndexBlock block,
                             double rateHz) {
        for (int i = 0; i < out.length; i++) {
            long j = Math.round((block.timeSec(i, rateHz) - startSec) * seriesRateHz);
            if (j >= 0 && j < values.length()) {
                out[i] = values.get((int) j);
            }
        }
    }
}
