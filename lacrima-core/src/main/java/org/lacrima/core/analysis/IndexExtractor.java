package org.lacrima.core.analysis;

import java.util.List;
import java.util.Set;

import org.lacrima.core.hrv.RrSeries;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Index;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.StepEvidence;

/**
 * Turns a window of raw channels into the 4 Hz indices (hr, rsa, scl, scrRate, scrAmplitude,
 * breathingRate, irregularity) for one block of grid points, and the markers inside the block: a loop
 * over the registered {@link Stage}s, in order (respiration first: its breath onsets feed RSA). The
 * window carries context before and after the block so the stages' filters and beat windows are
 * settled inside it. Accelerometer movement masks EDA (SCRs, SCL) and PPG (pulses, the intervals
 * around them), each widened by how long its sensor takes to recover, and is reported as a quality
 * warning per masked stretch; a calibration signal on the ECG gives no beats and is reported likewise.
 * Walking and other sustained movement blanks every index of its stretch and recovery, heart rate until the heart is
 * back ({@link ExertionMask}), and so
 * does laughter (found by {@link RespirationStage}).
 */
final class IndexExtractor {
    private final HeartStage heart = new HeartStage();
    private final ExertionMask exertion = new ExertionMask();
    private final BeltSteps beltSteps = new BeltSteps();
    private final List<Stage> stages;
    private final StageWarnings warnings = new StageWarnings();

    IndexExtractor(AnalysisOptions options) {
        this.stages = List.of(new RespirationStage(), new EdaStage(options), heart);
    }

    /** Stage warnings so far, without repeats, recurring stretches summed up ({@link StageWarnings}). */
    List<String> warnings() {
        return warnings.lines();
    }

    /** The longest look-ahead of the stages, seconds: how long the pipeline waits after a block. */
    double lookAheadSec() {
        return stages.stream().mapToDouble(Stage::lookAheadSec).max().orElse(0);
    }

    /** The NN intervals of every block so far, for HRV; empty without beats. */
    RrSeries normalIntervals() {
        return heart.normalIntervals();
    }

    /**
     * Whether the analysis read {@code type}'s selected channel: the heart's channels as {@link HeartStage#reads}
     * says (an RR list beside an ECG only over the ECG's gaps), every other analysed type always.
     */
    boolean reads(ChannelType type) {
        return !HeartStage.TYPES.contains(type) || heart.reads(type);
    }

    /**
     * Fills {@code block} from the channels (one per type, chosen by {@link ChannelSelection}) in the window
     * {@code [windowFromSec, windowToSec)}; markers are kept when they fall in the block's own span
     * {@code [fromSec, toSec)}.
     *
     * @param streaming whether the blocks come from a live feed (stateful stages continue from their last block)
     * @param accelerometer whether the session has an accelerometer
     * @param moving    the accelerometer's moving stretches in the window, unwidened (empty without one)
     * @param gait      whether the accelerometer's sustained movements were stepping (unused without one)
     */
    void extract(ChannelWindows channels, double windowFromSec, double windowToSec, boolean streaming,
                 boolean accelerometer, List<BadInterval> moving, StepEvidence gait, IndexBlock block, double rateHz,
                 double fromSec, double toSec) {
        StageContext context = new StageContext(channels, windowFromSec, windowToSec, streaming, accelerometer, moving,
                block, rateHz, fromSec, toSec, warnings);
        for (Stage stage : stages) {
            stage.process(context);
        }
        StretchBlanking.blank(block, context.otherBehaviour(), rateHz, null);
        StretchBlanking.blank(block, context.breathingLedRsa(), rateHz, Set.of(Index.RSA.key()));
        // without an accelerometer, a belt's steps stand for its moving stretches (the walk, then its recovery)
        List<BadInterval> walking = accelerometer ? moving
                : beltSteps.update(context.channel(ChannelType.RSP), context.windowBeats(), fromSec);
        // the belt's stretches are steps or a walk's jolts already
        context.warnAboutGrowing(exertion.apply(walking, accelerometer ? gait : StepEvidence.ALWAYS, block, rateHz));
    }
}
