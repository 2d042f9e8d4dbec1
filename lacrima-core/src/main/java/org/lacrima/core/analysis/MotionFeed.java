package org.lacrima.core.analysis;

import java.util.List;
import java.util.Map;

import org.lacrima.core.eda.EdaAnalyzer;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.GaitTracker;
import org.lacrima.core.quality.MotionDetector;
import org.lacrima.core.quality.MotionTracker;
import org.lacrima.core.quality.StepEvidence;

/**
 * Feeds the accelerometer axes, as they arrive, to one {@link MotionTracker}, so the motion mask keeps
 * its state across chunks and a streamed session is masked exactly as its file is; and says which
 * channels movement corrupts, for how long.
 */
final class MotionFeed {
    /** A displaced PPG sensor is back in place about when the movement ends. */
    private static final MotionDetector PPG_MOTION = new MotionDetector();

    private final List<String> axes;
    private MotionTracker tracker;
    /** Whether the sustained movements were gait, fed the same samples. */
    private GaitTracker gait;
    private long fed;

    MotionFeed(List<String> axes) {
        this.axes = axes;
    }

    /** Feeds the samples that every axis has received since the last call. */
    void advance(Map<String, ChannelBuffer> buffers) {
        if (axes.isEmpty()) {
            return;
        }
        long available = BufferedAxes.commonLength(buffers, axes);
        if (available <= fed) {
            return;
        }
        if (tracker == null) {
            Channel first = buffers.get(axes.get(0)).first();
            tracker = new MotionTracker(first.label(), first.rateHz(), first.startOffsetSec(),
                    axes.stream().map(l -> buffers.get(l).first().unit()).toList(), MotionDetector.DEFAULT_THRESHOLD_G);
            gait = new GaitTracker(first.rateHz(), first.startOffsetSec(),
                    axes.stream().map(l -> buffers.get(l).first().unit()).toList());
        }
        double[][] chunk = BufferedAxes.values(buffers, axes, fed, available);
        tracker.accept(chunk, (int) (available - fed));
        gait.accept(chunk, (int) (available - fed));
        fed = available;
    }

    /** Whether the accelerometer's sustained movements were stepping; every one before any sample. */
    StepEvidence gait() {
        return gait == null ? StepEvidence.ALWAYS : gait;
    }

    /** Whether the session has an accelerometer. */
    boolean present() {
        return !axes.isEmpty();
    }

    /** Seconds up to which the accelerometer has been judged. */
    double endSec() {
        return tracker == null ? 0 : tracker.endSec();
    }

    /**
     * The stretches of a channel of {@code type} (labelled {@code label}, starting at {@code notBeforeSec})
     * that the {@code moving} stretches corrupt: EDA (electrode contact, settling after) and PPG
     * (sensor displacement); none for other types.
     */
    static List<BadInterval> corrupted(ChannelType type, List<BadInterval> moving, String label, double notBeforeSec) {
        return switch (type) {
            case EDA -> EdaAnalyzer.MOTION.widen(moving, label, notBeforeSec);
            case PPG -> PPG_MOTION.widen(moving, label, notBeforeSec);
            default -> List.of();
        };
    }

    /** Moving stretches overlapping {@code [fromSec, toSec)}, unwidened, in time order. */
    List<BadInterval> moving(double fromSec, double toSec) {
        if (tracker == null) {
            return List.of();
        }
        return tracker.moving().stream().filter(b -> b.overlaps(fromSec, toSec)).toList();
    }
}
