package org.lacrima.core.analysis;

import java.util.List;

import org.lacrima.core.ecg.RPeakDetector;
import org.lacrima.core.ecg.RPeaks;
import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.CalibrationPulseDetector;
import org.lacrima.core.quality.QualityMask;

/** Beats from ECG R-peaks; a calibration signal on the ECG gives no beats and is reported. */
final class EcgBeats implements BeatSource {
    private static final CalibrationPulseDetector CALIBRATION = new CalibrationPulseDetector();

    @Override
    public RrSeries normalIntervals(StageContext context) {
        Channel ecg = context.channel(ChannelType.ECG);
        if (ecg == null) {
            return null;
        }
        List<BadInterval> calibration = CALIBRATION.detect(ecg);
        context.warnAbout(calibration);
        RPeaks peaks = RPeakDetector.detect(ecg, calibration);
        QualityMask mask = QualityMask.allGood(ecg.label(), context.fromSec(), context.toSec()).with(calibration);
        return BeatSource.fromDetectedBeats(context, peaks.timesSec(), peaks.warnings(), mask,
                context.block().rPeaksSec);
    }
}
