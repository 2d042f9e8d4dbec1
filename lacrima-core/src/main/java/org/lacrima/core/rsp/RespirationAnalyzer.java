package org.lacrima.core.rsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lacrima.core.model.Channel;
import org.lacrima.core.model.ChannelType;
import org.lacrima.core.model.Recording;
import org.lacrima.core.quality.BadInterval;
import org.lacrima.core.quality.MotionDetector;
import org.lacrima.core.quality.QualityMask;
import org.lacrima.core.quality.SignalQualityAssessor;
import org.lacrima.core.signal.TimeGrid;
import org.lacrima.core.signal.WorkingSignal;

/**
 * The respiration stage: quality mask, working rate, breaths ({@link BreathDetector}) and breathing
 * rate, depth and irregularity on the grid ({@link BreathingSeries}).
 *
 * <p>Incremental use: every step is local, so results for times earlier than
 * {@code end - }{@link #lookAheadSec()} do not change when more signal is appended; the live view
 * re-analyses the growing channel and treats the last {@code lookAheadSec()} seconds as provisional.
 * Never throws for signal content: flat, clipped, {@code NaN}-filled or very short channels give
 * gaps and warnings.
 */
public final class RespirationAnalyzer {
    private final RspConfig config;
    private final SignalQualityAssessor assessor = new SignalQualityAssessor();

    /** With {@link RspConfig#defaults()}. */
    public RespirationAnalyzer() {
        this(RspConfig.defaults());
    }

    /** With explicit settings. */
    public RespirationAnalyzer(RspConfig config) {
        this.config = config;
    }

    /** Seconds at the growing end of a signal within which results may still change as more arrives. */
    public double lookAheadSec() {
        return new BreathDetector(config).lookAheadSec() + BreathingSeries.MAX_CYCLE_SEC + config.windowSec() / 2;
    }

    /** Analyses the first RSP channel of {@code recording} (motion from ACC when present); empty if there is none. */
    public Optional<RspResult> analyze(Recording recording) {
        Optional<Channel> rsp = recording.firstChannel(ChannelType.RSP);
        if (rsp.isEmpty()) {
            return Optional.empty();
        }
        List<BadInterval> motion = new MotionDetector().detect(recording.channels(ChannelType.ACC), rsp.get().label());
        return Optional.of(analyze(rsp.get(), motion));
    }

    /** Analyses one regular respiration channel. */
    public RspResult analyze(Channel rsp) {
        return analyze(rsp, List.of());
    }

    /**
     * Analyses one regular respiration channel with extra bad intervals (e.g. motion).
     *
     * @throws IllegalArgumentException if {@code rsp} is irregularly sampled (a programming error, not bad data)
     */
    public RspResult analyze(Channel rsp, List<BadInterval> extraBad) {
        QualityMask mask = assessor.assess(rsp).with(extraBad);
        List<Breath> detected = mask.unusable() ? List.of()
                : new BreathDetector(config).detect(WorkingSignal.of(rsp, config.workingRateHz()));
        return result(rsp, mask, detected, TimeGrid.covering(mask.startSec(), mask.endSec(), config.gridRateHz()));
    }

    /**
     * The breaths of {@code detected} in good signal, and breathing rate, depth and irregularity on {@code grid} (the
     * mask's span for a whole channel, a block's for a live stream).
     */
    RspResult result(Channel rsp, QualityMask mask, List<Breath> detected, TimeGrid grid) {
        List<String> warnings = new ArrayList<>(mask.warnings());
        List<Breath> breaths = List.of();
        if (mask.unusable()) {
            warnings.add(rsp.label() + ": no usable respiration; no breaths detected");
        } else {
            breaths = detected.stream().filter(b -> mask.isGood(b.onsetSec(), b.peakSec() + 1e-9)).toList();
        }
        BreathingSeries series = BreathingSeries.of(breaths, grid, mask, config.windowSec(), rsp.unit());
        return new RspResult(rsp.label(), breaths, mask.applyTo(series.rate()), mask.applyTo(series.depth()),
                mask.applyTo(series.irregularity()), mask, warnings);
    }
}
