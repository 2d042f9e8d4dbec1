package org.lacrima.core.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.lacrima.core.hrv.RrCorrector;
import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Samples;
import org.lacrima.core.quality.QualityMask;
import org.lacrima.core.quality.SpuriousBeatBursts;

/**
 * Where the heartbeats of a session come from: ECG R-peaks, PPG pulses, or the intervals a device
 * reports (RR lists, IBI exports). Each gives the artefact-corrected NN intervals of a stage's
 * window, which the heart stage turns into heart rate, RSA and HRV whatever the source.
 */
interface BeatSource {
    /** A window's intervals corrected as a whole (a file's window, re-run per block). */
    UnaryOperator<RrSeries> WHOLE = rr -> RrCorrector.correct(rr).nn();

    /** The type of the channel this source reads its beats from. */
    ChannelType type();

    /** The NN intervals in the context's window, or {@code null} when the session has no such channel there. */
    RrSeries normalIntervals(StageContext context);

    /**
     * The shared tail of a detected source: adds the bursts of false detections ({@link SpuriousBeatBursts}) to the
     * mask, warns about the detector's and the mask's findings, keeps the beats of the block that the mask leaves (as
     * markers in {@code markers}), and corrects the intervals between beats that touch no bad stretch of the mask with
     * {@code correction} ({@link #WHOLE}, or a live feed's {@link org.lacrima.core.hrv.RrStream}).
     */
    static RrSeries fromDetectedBeats(StageContext context, Samples beatsSec, List<String> detectorWarnings,
                                      QualityMask sourceMask, List<Double> markers, UnaryOperator<RrSeries> correction) {
        QualityMask mask = sourceMask.with(SpuriousBeatBursts.detect(beatsSec, sourceMask.channel()));
        context.warn(detectorWarnings);
        context.warnAbout(mask.bad());
        for (int i = 0; i < beatsSec.length(); i++) {
            double t = beatsSec.get(i);
            if (context.inBlock(t) && mask.isGood(t)) {
                markers.add(t);
            }
        }
        return correction.apply(intervalsOutside(beatsSec, mask));
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
        return RrSeries.fromIntervals(Samples.wrap(Arrays.copyOf(times, k)), Samples.wrap(Arrays.copyOf(intervals, k)));
    }
}
