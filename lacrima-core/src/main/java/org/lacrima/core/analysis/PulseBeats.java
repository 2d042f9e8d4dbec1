package org.lacrima.core.analysis;

import java.util.List;

import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.hrv.RrStream;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;
import org.lacrima.core.ppg.PulsePeakDetector;
import org.lacrima.core.ppg.PulsePeaks;
import org.lacrima.core.quality.QualityMask;

/**
 * Beats from PPG pulse peaks, outside the stretches that movement corrupts (sensor displacement). A file's
 * window is detected whole; a live feed's samples go once through one detector that runs on between blocks
 * ({@link PulseBeatStream}).
 */
final class PulseBeats implements BeatSource {
    /** Peaks kept by the live detector: the context before a block and the look-ahead after it, with room to spare. */
    private static final double STREAM_KEEP_SEC = 300;

    /** The live feed's RR correction, running on from block to block as the detector does. */
    private final RrStream corrections = new RrStream(STREAM_KEEP_SEC);
    private final PulseBeatStream stream = new PulseBeatStream(STREAM_KEEP_SEC);

    @Override
    public ChannelType type() {
        return ChannelType.PPG;
    }

    @Override
    public RrSeries normalIntervals(StageContext context) {
        return context.streaming() ? streamed(context) : whole(context);
    }

    private static RrSeries whole(StageContext context) {
        Channel ppg = context.channel(ChannelType.PPG);
        if (ppg == null) {
            return null;
        }
        PulsePeaks pulses = PulsePeakDetector.detect(ppg);
        return BeatSource.fromDetectedBeats(context, pulses.timesSec(), pulses.warnings(),
                motionMask(context, ppg.label(), ppg.timeOfSec(0)), context.block().pulsePeaksSec,
                BeatSource.WHOLE);
    }

    private RrSeries streamed(StageContext context) {
        double fed = stream.fedUntilSec();
        Channel recent = context.since(ChannelType.PPG, Math.max(context.windowFromSec(), fed));
        if (recent == null || recent.length() == 0 && fed <= context.windowFromSec()) {
            return null;
        }
        QualityMask motion = motionMask(context, recent.label(), context.windowFromSec());
        if (!(recent.rateHz() >= PulsePeakDetector.MIN_RATE_HZ) || !recent.isRegular()) {
            return BeatSource.fromDetectedBeats(context, Samples.empty(), PulsePeakDetector.detect(recent).warnings(),
                    motion, context.block().pulsePeaksSec, corrections::correct);
        }
        stream.advance(recent);
        Samples peaks = stream.peaksFrom(context.windowFromSec());
        List<String> warnings = peaks.isEmpty() ? List.of("no pulse peaks found in the PPG") : List.of();
        return BeatSource.fromDetectedBeats(context, peaks, warnings, motion, context.block().pulsePeaksSec,
                corrections::correct);
    }

    /** The block's span with the stretches that movement corrupts in the PPG (none without an accelerometer). */
    private static QualityMask motionMask(StageContext context, String label, double notBeforeSec) {
        return QualityMask.allGood(label, context.fromSec(), context.toSec())
                .with(MotionFeed.corrupted(ChannelType.PPG, context.moving(), label, notBeforeSec));
    }
}
