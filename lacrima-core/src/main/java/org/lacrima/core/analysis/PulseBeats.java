package org.lacrima.core.analysis;

import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.ppg.PulsePeakDetector;
import org.lacrima.core.ppg.PulsePeaks;
import org.lacrima.core.quality.QualityMask;

/** Beats from PPG pulse peaks, outside the stretches that movement corrupts (sensor displacement). */
final class PulseBeats implements BeatSource {
    @Override
    public RrSeries normalIntervals(StageContext context) {
        Channel ppg = context.channel(ChannelType.PPG);
        if (ppg == null) {
            return null;
        }
        PulsePeaks pulses = PulsePeakDetector.detect(ppg);
        QualityMask motion = QualityMask.allGood(ppg.label(), context.fromSec(), context.toSec())
                .with(MotionFeed.corrupted(ChannelType.PPG, context.moving(), ppg.label(), ppg.timeOfSec(0)));
        return BeatSource.fromDetectedBeats(context, pulses.timesSec(), pulses.warnings(), motion,
                context.block().pulsePeaksSec);
    }
}
