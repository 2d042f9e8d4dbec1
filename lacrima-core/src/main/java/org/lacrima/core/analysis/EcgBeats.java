package org.lacrima.core.analysis;

import java.util.List;

import org.lacrima.core.ecg.RPeakDetector;
import org.lacrima.core.ecg.RPeaks;
import org.lacrima.core.filter.SignalScreen;
import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.hrv.RrStream;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.CalibrationPulseDetector;
import org.lacrima.core.quality.QualityMask;

/**
 * Beats from ECG R-peaks; a calibration signal on the ECG gives no beats and is reported. A file's window is
 * detected whole; a live feed's samples go once through one detector that runs on between blocks
 * ({@link EcgBeatStream}), so the per-block work follows the new samples, not the window.
 */
final class EcgBeats implements BeatSource {
    private static final CalibrationPulseDetector CALIBRATION = new CalibrationPulseDetector();
    /** Peaks kept by the live detector: the context before a block and the look-ahead after it, with room to spare. */
    private static final double STREAM_KEEP_SEC = 300;

    /** The live feed's RR correction, running on from block to block as the detector does. */
    private final RrStream corrections = new RrStream(STREAM_KEEP_SEC);
    private final EcgBeatStream stream = new EcgBeatStream(CALIBRATION, STREAM_KEEP_SEC);

    @Override
    public ChannelType type() {
        return ChannelType.ECG;
    }

    @Override
    public RrSeries normalIntervals(StageContext context) {
        return context.streaming() ? streamed(context) : whole(context);
    }

    private static RrSeries whole(StageContext context) {
        Channel ecg = context.channel(ChannelType.ECG);
        if (ecg == null) {
            return null;
        }
        List<BadInterval> calibration = CALIBRATION.detect(ecg);
        context.warnAbout(calibration);
        RPeaks peaks = RPeakDetector.detect(ecg, calibration);
        QualityMask mask = QualityMask.allGood(ecg.label(), context.fromSec(), context.toSec()).with(calibration);
        return BeatSource.fromDetectedBeats(context, peaks.timesSec(), peaks.warnings(), mask,
                context.block().rPeaksSec, BeatSource.WHOLE);
    }

    /**
     * Why the ECG of the block's own span cannot give beats (flat, clipped, mostly NaN: {@link SignalScreen}, the
     * whole-window detection's first look), or {@code null}; a span shorter than the screen needs is not judged.
     */
    private static String unusable(StageContext context) {
        if (context.toSec() - context.fromSec() < RPeakDetector.MIN_DURATION_SEC) {
            return null;
        }
        Channel own = context.channel(ChannelType.ECG, 0, 0);
        if (own == null) {
            return null;
        }
        SignalScreen screen = SignalScreen.of("ECG", own.values(), own.rateHz(), RPeakDetector.MIN_RATE_HZ,
                RPeakDetector.MIN_DURATION_SEC);
        return screen.usable() ? null : screen.reason();
    }

    private RrSeries streamed(StageContext context) {
        double fed = stream.fedUntilSec();
        Channel recent = context.since(ChannelType.ECG,
                Math.max(context.windowFromSec(), fed - EcgBeatStream.CALIBRATION_OVERLAP_SEC));
        if (recent == null || context.channel(ChannelType.ECG, 0, 0) == null) {
            // no ECG in the block's own span (not started, or its stream stopped): a later source gives its beats
            return null;
        }
        QualityMask mask = QualityMask.allGood(recent.label(), context.fromSec(), context.toSec());
        if (!(recent.rateHz() >= RPeakDetector.MIN_RATE_HZ) || !recent.isRegular()) {
            RPeaks none = RPeakDetector.detect(recent);
            return BeatSource.fromDetectedBeats(context, Samples.empty(), none.warnings(), mask,
                    context.block().rPeaksSec, corrections::correct);
        }
        stream.advance(recent);
        if (context.toSec() >= recent.endSec() - 1e-9) {
            // a live block is processed once its look-ahead has arrived, so only the feed's last block reaches the end
            // of the ECG: nothing follows to confirm the newest peaks
            stream.end();
        }
        String unusable = unusable(context);
        if (unusable != null) {
            // a flat or clipped block has no beats, as a file's flat or clipped window has none
            return BeatSource.fromDetectedBeats(context, Samples.empty(), List.of(unusable), mask,
                    context.block().rPeaksSec, corrections::correct);
        }
        List<BadInterval> calibration = stream.calibrationsFrom(context.windowFromSec());
        context.warnAbout(calibration);
        Samples peaks = stream.peaksFrom(context.windowFromSec());
        List<String> warnings = peaks.isEmpty() ? List.of("no R-peaks found in the ECG") : List.of();
        return BeatSource.fromDetectedBeats(context, peaks, warnings, mask.with(calibration),
                context.block().rPeaksSec, corrections::correct);
    }
}
